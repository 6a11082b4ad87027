# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actor_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ActorDialog(object):
    def setupUi(self, ActorDialog):
        if not ActorDialog.objectName():
            ActorDialog.setObjectName(u"ActorDialog")
        ActorDialog.resize(940, 600)
        self.mainLayout = QVBoxLayout(ActorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.archivedBanner = QLabel(ActorDialog)
        self.archivedBanner.setObjectName(u"archivedBanner")
        self.archivedBanner.setStyleSheet(u"background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.archivedBanner.setWordWrap(True)

        self.mainLayout.addWidget(self.archivedBanner)

        self.tabWidget = QTabWidget(ActorDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.dataPage = QWidget()
        self.dataPage.setObjectName(u"dataPage")
        self.dataLayout = QHBoxLayout(self.dataPage)
        self.dataLayout.setObjectName(u"dataLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(self.dataPage)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityGroupLayout = QGridLayout(self.identityGroup)
        self.identityGroupLayout.setObjectName(u"identityGroupLayout")
        self.identityGroupLayout.setVerticalSpacing(2)
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityGroupLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.identityGroupLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #b3261e;")
        self.nameError.setWordWrap(True)

        self.identityGroupLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.typeLabel = QLabel(self.identityGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.identityGroupLayout.addWidget(self.typeLabel, 2, 0, 1, 1)

        self.typeCombo = QComboBox(self.identityGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.identityGroupLayout.addWidget(self.typeCombo, 2, 1, 1, 1)

        self.typeError = QLabel(self.identityGroup)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setStyleSheet(u"color: #b3261e;")
        self.typeError.setWordWrap(True)

        self.identityGroupLayout.addWidget(self.typeError, 3, 1, 1, 1)

        self.legalFormLabel = QLabel(self.identityGroup)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.identityGroupLayout.addWidget(self.legalFormLabel, 4, 0, 1, 1)

        self.legalFormEdit = QLineEdit(self.identityGroup)
        self.legalFormEdit.setObjectName(u"legalFormEdit")
        self.legalFormEdit.setMaxLength(120)

        self.identityGroupLayout.addWidget(self.legalFormEdit, 4, 1, 1, 1)

        self.legalFormError = QLabel(self.identityGroup)
        self.legalFormError.setObjectName(u"legalFormError")
        self.legalFormError.setStyleSheet(u"color: #b3261e;")
        self.legalFormError.setWordWrap(True)

        self.identityGroupLayout.addWidget(self.legalFormError, 5, 1, 1, 1)

        self.taxCodeLabel = QLabel(self.identityGroup)
        self.taxCodeLabel.setObjectName(u"taxCodeLabel")

        self.identityGroupLayout.addWidget(self.taxCodeLabel, 6, 0, 1, 1)

        self.taxCodeEdit = QLineEdit(self.identityGroup)
        self.taxCodeEdit.setObjectName(u"taxCodeEdit")
        self.taxCodeEdit.setMaxLength(20)
        self.taxCodeEdit.setMaximumSize(QSize(190, 16777215))

        self.identityGroupLayout.addWidget(self.taxCodeEdit, 6, 1, 1, 1)

        self.taxCodeError = QLabel(self.identityGroup)
        self.taxCodeError.setObjectName(u"taxCodeError")
        self.taxCodeError.setStyleSheet(u"color: #b3261e;")
        self.taxCodeError.setWordWrap(True)

        self.identityGroupLayout.addWidget(self.taxCodeError, 7, 1, 1, 1)

        self.vatNumberLabel = QLabel(self.identityGroup)
        self.vatNumberLabel.setObjectName(u"vatNumberLabel")

        self.identityGroupLayout.addWidget(self.vatNumberLabel, 8, 0, 1, 1)

        self.vatNumberEdit = QLineEdit(self.identityGroup)
        self.vatNumberEdit.setObjectName(u"vatNumberEdit")
        self.vatNumberEdit.setMaxLength(16)
        self.vatNumberEdit.setMaximumSize(QSize(190, 16777215))

        self.identityGroupLayout.addWidget(self.vatNumberEdit, 8, 1, 1, 1)

        self.vatNumberError = QLabel(self.identityGroup)
        self.vatNumberError.setObjectName(u"vatNumberError")
        self.vatNumberError.setStyleSheet(u"color: #b3261e;")
        self.vatNumberError.setWordWrap(True)

        self.identityGroupLayout.addWidget(self.vatNumberError, 9, 1, 1, 1)

        self.legalRepresentativeLabel = QLabel(self.identityGroup)
        self.legalRepresentativeLabel.setObjectName(u"legalRepresentativeLabel")

        self.identityGroupLayout.addWidget(self.legalRepresentativeLabel, 10, 0, 1, 1)

        self.legalRepresentativeEdit = QLineEdit(self.identityGroup)
        self.legalRepresentativeEdit.setObjectName(u"legalRepresentativeEdit")
        self.legalRepresentativeEdit.setMaxLength(200)

        self.identityGroupLayout.addWidget(self.legalRepresentativeEdit, 10, 1, 1, 1)

        self.legalRepresentativeError = QLabel(self.identityGroup)
        self.legalRepresentativeError.setObjectName(u"legalRepresentativeError")
        self.legalRepresentativeError.setStyleSheet(u"color: #b3261e;")
        self.legalRepresentativeError.setWordWrap(True)

        self.identityGroupLayout.addWidget(self.legalRepresentativeError, 11, 1, 1, 1)

        self.identityGroupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityGroupLayout.addItem(self.identityGroupSpacer, 12, 0, 1, 2)

        self.identityGroupLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.identityGroup)

        self.reachGroup = QGroupBox(self.dataPage)
        self.reachGroup.setObjectName(u"reachGroup")
        self.reachGroupLayout = QGridLayout(self.reachGroup)
        self.reachGroupLayout.setObjectName(u"reachGroupLayout")
        self.reachGroupLayout.setVerticalSpacing(2)
        self.emailLabel = QLabel(self.reachGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.reachGroupLayout.addWidget(self.emailLabel, 0, 0, 1, 1)

        self.emailEdit = QLineEdit(self.reachGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.reachGroupLayout.addWidget(self.emailEdit, 0, 1, 1, 1)

        self.emailError = QLabel(self.reachGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #b3261e;")
        self.emailError.setWordWrap(True)

        self.reachGroupLayout.addWidget(self.emailError, 1, 1, 1, 1)

        self.pecLabel = QLabel(self.reachGroup)
        self.pecLabel.setObjectName(u"pecLabel")

        self.reachGroupLayout.addWidget(self.pecLabel, 2, 0, 1, 1)

        self.pecEdit = QLineEdit(self.reachGroup)
        self.pecEdit.setObjectName(u"pecEdit")
        self.pecEdit.setMaxLength(254)

        self.reachGroupLayout.addWidget(self.pecEdit, 2, 1, 1, 1)

        self.pecError = QLabel(self.reachGroup)
        self.pecError.setObjectName(u"pecError")
        self.pecError.setStyleSheet(u"color: #b3261e;")
        self.pecError.setWordWrap(True)

        self.reachGroupLayout.addWidget(self.pecError, 3, 1, 1, 1)

        self.phoneLabel = QLabel(self.reachGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.reachGroupLayout.addWidget(self.phoneLabel, 4, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.reachGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.reachGroupLayout.addWidget(self.phoneEdit, 4, 1, 1, 1)

        self.phoneError = QLabel(self.reachGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b3261e;")
        self.phoneError.setWordWrap(True)

        self.reachGroupLayout.addWidget(self.phoneError, 5, 1, 1, 1)

        self.websiteLabel = QLabel(self.reachGroup)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.reachGroupLayout.addWidget(self.websiteLabel, 6, 0, 1, 1)

        self.websiteEdit = QLineEdit(self.reachGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(300)

        self.reachGroupLayout.addWidget(self.websiteEdit, 6, 1, 1, 1)

        self.websiteError = QLabel(self.reachGroup)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setStyleSheet(u"color: #b3261e;")
        self.websiteError.setWordWrap(True)

        self.reachGroupLayout.addWidget(self.websiteError, 7, 1, 1, 1)

        self.reachGroupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reachGroupLayout.addItem(self.reachGroupSpacer, 8, 0, 1, 2)

        self.reachGroupLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.reachGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.dataLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.officeGroup = QGroupBox(self.dataPage)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeGroupLayout = QGridLayout(self.officeGroup)
        self.officeGroupLayout.setObjectName(u"officeGroupLayout")
        self.officeGroupLayout.setVerticalSpacing(2)
        self.addressLabel = QLabel(self.officeGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.officeGroupLayout.addWidget(self.addressLabel, 0, 0, 1, 1)

        self.addressEdit = QLineEdit(self.officeGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.officeGroupLayout.addWidget(self.addressEdit, 0, 1, 1, 1)

        self.addressError = QLabel(self.officeGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setStyleSheet(u"color: #b3261e;")
        self.addressError.setWordWrap(True)

        self.officeGroupLayout.addWidget(self.addressError, 1, 1, 1, 1)

        self.postalCodeLabel = QLabel(self.officeGroup)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.officeGroupLayout.addWidget(self.postalCodeLabel, 2, 0, 1, 1)

        self.postalCodeEdit = QLineEdit(self.officeGroup)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(10)
        self.postalCodeEdit.setMaximumSize(QSize(90, 16777215))

        self.officeGroupLayout.addWidget(self.postalCodeEdit, 2, 1, 1, 1)

        self.postalCodeError = QLabel(self.officeGroup)
        self.postalCodeError.setObjectName(u"postalCodeError")
        self.postalCodeError.setStyleSheet(u"color: #b3261e;")
        self.postalCodeError.setWordWrap(True)

        self.officeGroupLayout.addWidget(self.postalCodeError, 3, 1, 1, 1)

        self.municipalityLabel = QLabel(self.officeGroup)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.officeGroupLayout.addWidget(self.municipalityLabel, 4, 0, 1, 1)

        self.municipalityEdit = QLineEdit(self.officeGroup)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(120)

        self.officeGroupLayout.addWidget(self.municipalityEdit, 4, 1, 1, 1)

        self.municipalityError = QLabel(self.officeGroup)
        self.municipalityError.setObjectName(u"municipalityError")
        self.municipalityError.setStyleSheet(u"color: #b3261e;")
        self.municipalityError.setWordWrap(True)

        self.officeGroupLayout.addWidget(self.municipalityError, 5, 1, 1, 1)

        self.provinceLabel = QLabel(self.officeGroup)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.officeGroupLayout.addWidget(self.provinceLabel, 6, 0, 1, 1)

        self.provinceLayout = QHBoxLayout()
        self.provinceLayout.setObjectName(u"provinceLayout")
        self.provinceEdit = QLineEdit(self.officeGroup)
        self.provinceEdit.setObjectName(u"provinceEdit")
        self.provinceEdit.setMaxLength(2)
        self.provinceEdit.setMaximumSize(QSize(60, 16777215))

        self.provinceLayout.addWidget(self.provinceEdit)

        self.provinceName = QLabel(self.officeGroup)
        self.provinceName.setObjectName(u"provinceName")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.provinceName.sizePolicy().hasHeightForWidth())
        self.provinceName.setSizePolicy(sizePolicy)

        self.provinceLayout.addWidget(self.provinceName)


        self.officeGroupLayout.addLayout(self.provinceLayout, 6, 1, 1, 1)

        self.provinceError = QLabel(self.officeGroup)
        self.provinceError.setObjectName(u"provinceError")
        self.provinceError.setStyleSheet(u"color: #b3261e;")
        self.provinceError.setWordWrap(True)

        self.officeGroupLayout.addWidget(self.provinceError, 7, 1, 1, 1)

        self.countryLabel = QLabel(self.officeGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.officeGroupLayout.addWidget(self.countryLabel, 8, 0, 1, 1)

        self.countryLayout = QHBoxLayout()
        self.countryLayout.setObjectName(u"countryLayout")
        self.countryEdit = QLineEdit(self.officeGroup)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(2)
        self.countryEdit.setMaximumSize(QSize(60, 16777215))

        self.countryLayout.addWidget(self.countryEdit)

        self.countryName = QLabel(self.officeGroup)
        self.countryName.setObjectName(u"countryName")
        sizePolicy.setHeightForWidth(self.countryName.sizePolicy().hasHeightForWidth())
        self.countryName.setSizePolicy(sizePolicy)

        self.countryLayout.addWidget(self.countryName)


        self.officeGroupLayout.addLayout(self.countryLayout, 8, 1, 1, 1)

        self.countryError = QLabel(self.officeGroup)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setStyleSheet(u"color: #b3261e;")
        self.countryError.setWordWrap(True)

        self.officeGroupLayout.addWidget(self.countryError, 9, 1, 1, 1)

        self.officeGroupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeGroupLayout.addItem(self.officeGroupSpacer, 10, 0, 1, 2)

        self.officeGroupLayout.setColumnStretch(1, 1)

        self.rightColumn.addWidget(self.officeGroup)

        self.notesGroup = QGroupBox(self.dataPage)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesGroupLayout = QGridLayout(self.notesGroup)
        self.notesGroupLayout.setObjectName(u"notesGroupLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesGroupLayout.addWidget(self.notesEdit, 0, 0, 1, 1)

        self.notesError = QLabel(self.notesGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setStyleSheet(u"color: #b3261e;")
        self.notesError.setWordWrap(True)

        self.notesGroupLayout.addWidget(self.notesError, 1, 0, 1, 1)


        self.rightColumn.addWidget(self.notesGroup)

        self.rightColumn.setStretch(1, 1)

        self.dataLayout.addLayout(self.rightColumn)

        self.dataLayout.setStretch(0, 1)
        self.dataLayout.setStretch(1, 1)
        self.tabWidget.addTab(self.dataPage, "")
        self.contactsPage = QWidget()
        self.contactsPage.setObjectName(u"contactsPage")
        self.contactsLayout = QVBoxLayout(self.contactsPage)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsIntro = QLabel(self.contactsPage)
        self.contactsIntro.setObjectName(u"contactsIntro")
        self.contactsIntro.setWordWrap(True)

        self.contactsLayout.addWidget(self.contactsIntro)

        self.contactsTable = QTableWidget(self.contactsPage)
        if (self.contactsTable.columnCount() < 4):
            self.contactsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactsError = QLabel(self.contactsPage)
        self.contactsError.setObjectName(u"contactsError")
        self.contactsError.setStyleSheet(u"color: #b3261e;")
        self.contactsError.setWordWrap(True)

        self.contactsLayout.addWidget(self.contactsError)

        self.contactButtonsLayout = QHBoxLayout()
        self.contactButtonsLayout.setObjectName(u"contactButtonsLayout")
        self.addContactButton = QPushButton(self.contactsPage)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtonsLayout.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsPage)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtonsLayout.addWidget(self.removeContactButton)

        self.contactButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtonsLayout.addItem(self.contactButtonsSpacer)


        self.contactsLayout.addLayout(self.contactButtonsLayout)

        self.tabWidget.addTab(self.contactsPage, "")
        self.bodiesPage = QWidget()
        self.bodiesPage.setObjectName(u"bodiesPage")
        self.bodiesLayout = QVBoxLayout(self.bodiesPage)
        self.bodiesLayout.setObjectName(u"bodiesLayout")
        self.bodiesIntro = QLabel(self.bodiesPage)
        self.bodiesIntro.setObjectName(u"bodiesIntro")
        self.bodiesIntro.setWordWrap(True)

        self.bodiesLayout.addWidget(self.bodiesIntro)

        self.bodiesTable = QTableWidget(self.bodiesPage)
        if (self.bodiesTable.columnCount() < 3):
            self.bodiesTable.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.bodiesTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.bodiesTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.bodiesTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.bodiesTable.setObjectName(u"bodiesTable")
        self.bodiesTable.setAlternatingRowColors(True)
        self.bodiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bodiesTable.horizontalHeader().setStretchLastSection(True)
        self.bodiesTable.verticalHeader().setVisible(False)

        self.bodiesLayout.addWidget(self.bodiesTable)

        self.bodiesError = QLabel(self.bodiesPage)
        self.bodiesError.setObjectName(u"bodiesError")
        self.bodiesError.setStyleSheet(u"color: #b3261e;")
        self.bodiesError.setWordWrap(True)

        self.bodiesLayout.addWidget(self.bodiesError)

        self.tabWidget.addTab(self.bodiesPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.applicationsHeading = QLabel(self.historyPage)
        self.applicationsHeading.setObjectName(u"applicationsHeading")
        font = QFont()
        font.setBold(True)
        self.applicationsHeading.setFont(font)

        self.historyLayout.addWidget(self.applicationsHeading)

        self.applicationsTable = QTableWidget(self.historyPage)
        if (self.applicationsTable.columnCount() < 5):
            self.applicationsTable.setColumnCount(5)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.applicationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.applicationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.applicationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.applicationsTable.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.applicationsTable.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        self.applicationsTable.setObjectName(u"applicationsTable")
        self.applicationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicationsTable.setAlternatingRowColors(True)
        self.applicationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationsTable.horizontalHeader().setStretchLastSection(True)
        self.applicationsTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.applicationsTable)

        self.partnershipsHeading = QLabel(self.historyPage)
        self.partnershipsHeading.setObjectName(u"partnershipsHeading")
        self.partnershipsHeading.setFont(font)

        self.historyLayout.addWidget(self.partnershipsHeading)

        self.partnershipsTable = QTableWidget(self.historyPage)
        if (self.partnershipsTable.columnCount() < 5):
            self.partnershipsTable.setColumnCount(5)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.partnershipsTable.setHorizontalHeaderItem(0, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.partnershipsTable.setHorizontalHeaderItem(1, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.partnershipsTable.setHorizontalHeaderItem(2, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.partnershipsTable.setHorizontalHeaderItem(3, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.partnershipsTable.setHorizontalHeaderItem(4, __qtablewidgetitem16)
        self.partnershipsTable.setObjectName(u"partnershipsTable")
        self.partnershipsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnershipsTable.setAlternatingRowColors(True)
        self.partnershipsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnershipsTable.horizontalHeader().setStretchLastSection(True)
        self.partnershipsTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.partnershipsTable)

        self.lettersHeading = QLabel(self.historyPage)
        self.lettersHeading.setObjectName(u"lettersHeading")
        self.lettersHeading.setFont(font)

        self.historyLayout.addWidget(self.lettersHeading)

        self.lettersTable = QTableWidget(self.historyPage)
        if (self.lettersTable.columnCount() < 4):
            self.lettersTable.setColumnCount(4)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(0, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(1, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(2, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(3, __qtablewidgetitem20)
        self.lettersTable.setObjectName(u"lettersTable")
        self.lettersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lettersTable.setAlternatingRowColors(True)
        self.lettersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersTable.horizontalHeader().setStretchLastSection(True)
        self.lettersTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.lettersTable)

        self.tabWidget.addTab(self.historyPage, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.generalError = QLabel(ActorDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ActorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.legalFormLabel.setBuddy(self.legalFormEdit)
        self.taxCodeLabel.setBuddy(self.taxCodeEdit)
        self.vatNumberLabel.setBuddy(self.vatNumberEdit)
        self.legalRepresentativeLabel.setBuddy(self.legalRepresentativeEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.pecLabel.setBuddy(self.pecEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.countryLabel.setBuddy(self.countryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabWidget, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.legalFormEdit)
        QWidget.setTabOrder(self.legalFormEdit, self.taxCodeEdit)
        QWidget.setTabOrder(self.taxCodeEdit, self.vatNumberEdit)
        QWidget.setTabOrder(self.vatNumberEdit, self.legalRepresentativeEdit)
        QWidget.setTabOrder(self.legalRepresentativeEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.pecEdit)
        QWidget.setTabOrder(self.pecEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.notesEdit)

        self.retranslateUi(ActorDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ActorDialog)
    # setupUi

    def retranslateUi(self, ActorDialog):
        ActorDialog.setWindowTitle(QCoreApplication.translate("ActorDialog", u"Actor", None))
        self.archivedBanner.setText(QCoreApplication.translate("ActorDialog", u"This actor is archived: it is kept for the history but no longer listed among the active ones.", None))
        self.identityGroup.setTitle(QCoreApplication.translate("ActorDialog", u"Identity", None))
        self.nameLabel.setText(QCoreApplication.translate("ActorDialog", u"Name", None))
        self.typeLabel.setText(QCoreApplication.translate("ActorDialog", u"Type", None))
        self.typeCombo.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"Choose a type", None))
        self.legalFormLabel.setText(QCoreApplication.translate("ActorDialog", u"Legal form", None))
        self.legalFormEdit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"e.g. APS, ODV, social cooperative", None))
        self.taxCodeLabel.setText(QCoreApplication.translate("ActorDialog", u"Tax code", None))
#if QT_CONFIG(tooltip)
        self.taxCodeEdit.setToolTip(QCoreApplication.translate("ActorDialog", u"11 digits for organisations, 16 characters for persons; empty only for foreign actors", None))
#endif // QT_CONFIG(tooltip)
        self.vatNumberLabel.setText(QCoreApplication.translate("ActorDialog", u"VAT number", None))
        self.legalRepresentativeLabel.setText(QCoreApplication.translate("ActorDialog", u"Legal representative", None))
        self.reachGroup.setTitle(QCoreApplication.translate("ActorDialog", u"How to reach them", None))
        self.emailLabel.setText(QCoreApplication.translate("ActorDialog", u"E-mail", None))
        self.pecLabel.setText(QCoreApplication.translate("ActorDialog", u"PEC", None))
#if QT_CONFIG(tooltip)
        self.pecEdit.setToolTip(QCoreApplication.translate("ActorDialog", u"Certified e-mail (posta elettronica certificata)", None))
#endif // QT_CONFIG(tooltip)
        self.phoneLabel.setText(QCoreApplication.translate("ActorDialog", u"Phone", None))
        self.websiteLabel.setText(QCoreApplication.translate("ActorDialog", u"Website", None))
        self.officeGroup.setTitle(QCoreApplication.translate("ActorDialog", u"Registered office", None))
        self.addressLabel.setText(QCoreApplication.translate("ActorDialog", u"Address", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("ActorDialog", u"Postal code", None))
        self.municipalityLabel.setText(QCoreApplication.translate("ActorDialog", u"Municipality", None))
        self.provinceLabel.setText(QCoreApplication.translate("ActorDialog", u"Province", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"e.g. FI", None))
        self.countryLabel.setText(QCoreApplication.translate("ActorDialog", u"Country", None))
#if QT_CONFIG(tooltip)
        self.countryEdit.setToolTip(QCoreApplication.translate("ActorDialog", u"Two-letter ISO code: IT for Italy, SN for Senegal\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.notesGroup.setTitle(QCoreApplication.translate("ActorDialog", u"Notes", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.dataPage), QCoreApplication.translate("ActorDialog", u"&Data", None))
        self.contactsIntro.setText(QCoreApplication.translate("ActorDialog", u"People to contact at this actor. Double-click a cell to change it.", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ActorDialog", u"Name", u"of a contact person"))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ActorDialog", u"Role", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ActorDialog", u"E-mail", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ActorDialog", u"Phone", None))
        self.addContactButton.setText(QCoreApplication.translate("ActorDialog", u"&Add contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("ActorDialog", u"&Remove contact", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.contactsPage), QCoreApplication.translate("ActorDialog", u"&Contact persons", None))
        self.bodiesIntro.setText(QCoreApplication.translate("ActorDialog", u"Tick the bodies this actor sits in; the role (e.g. coordinator) is optional.", None))
        ___qtablewidgetitem4 = self.bodiesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ActorDialog", u"Body", None))
        ___qtablewidgetitem5 = self.bodiesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ActorDialog", u"Kind", None))
        ___qtablewidgetitem6 = self.bodiesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ActorDialog", u"Role", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.bodiesPage), QCoreApplication.translate("ActorDialog", u"&Governance bodies", None))
        self.applicationsHeading.setText(QCoreApplication.translate("ActorDialog", u"Applications", None))
        ___qtablewidgetitem7 = self.applicationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ActorDialog", u"Call / protocol", None))
        ___qtablewidgetitem8 = self.applicationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ActorDialog", u"Title", None))
        ___qtablewidgetitem9 = self.applicationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ActorDialog", u"Status", None))
        ___qtablewidgetitem10 = self.applicationsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ActorDialog", u"Grant", None))
        ___qtablewidgetitem11 = self.applicationsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ActorDialog", u"Date", None))
        self.partnershipsHeading.setText(QCoreApplication.translate("ActorDialog", u"Partnerships", None))
        ___qtablewidgetitem12 = self.partnershipsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ActorDialog", u"Reference", None))
        ___qtablewidgetitem13 = self.partnershipsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ActorDialog", u"Title", None))
        ___qtablewidgetitem14 = self.partnershipsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ActorDialog", u"Status", None))
        ___qtablewidgetitem15 = self.partnershipsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ActorDialog", u"Budget", None))
        ___qtablewidgetitem16 = self.partnershipsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("ActorDialog", u"Start", None))
        self.lettersHeading.setText(QCoreApplication.translate("ActorDialog", u"Letters", None))
        ___qtablewidgetitem17 = self.lettersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("ActorDialog", u"Protocol", None))
        ___qtablewidgetitem18 = self.lettersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("ActorDialog", u"File", None))
        ___qtablewidgetitem19 = self.lettersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("ActorDialog", u"Kind", None))
        ___qtablewidgetitem20 = self.lettersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("ActorDialog", u"Date", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.historyPage), QCoreApplication.translate("ActorDialog", u"&History", None))
    # retranslateUi

