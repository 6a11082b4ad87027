# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.resize(1080, 720)
        self.mainLayout = QVBoxLayout(ApplicationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ApplicationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.headerLabel)

        self.lockedBanner = QLabel(ApplicationDialog)
        self.lockedBanner.setObjectName(u"lockedBanner")
        self.lockedBanner.setStyleSheet(u"background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.lockedBanner.setWordWrap(True)

        self.mainLayout.addWidget(self.lockedBanner)

        self.tabWidget = QTabWidget(ApplicationDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.dataPage = QWidget()
        self.dataPage.setObjectName(u"dataPage")
        self.dataLayout = QHBoxLayout(self.dataPage)
        self.dataLayout.setObjectName(u"dataLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.protocolGroup = QGroupBox(self.dataPage)
        self.protocolGroup.setObjectName(u"protocolGroup")
        self.protocolGroupLayout = QGridLayout(self.protocolGroup)
        self.protocolGroupLayout.setObjectName(u"protocolGroupLayout")
        self.protocolGroupLayout.setVerticalSpacing(2)
        self.protocolNumberLabel = QLabel(self.protocolGroup)
        self.protocolNumberLabel.setObjectName(u"protocolNumberLabel")

        self.protocolGroupLayout.addWidget(self.protocolNumberLabel, 0, 0, 1, 1)

        self.protocolNumberEdit = QLineEdit(self.protocolGroup)
        self.protocolNumberEdit.setObjectName(u"protocolNumberEdit")
        self.protocolNumberEdit.setMaxLength(40)
        self.protocolNumberEdit.setMaximumSize(QSize(260, 16777215))

        self.protocolGroupLayout.addWidget(self.protocolNumberEdit, 0, 1, 1, 1)

        self.protocolNumberError = QLabel(self.protocolGroup)
        self.protocolNumberError.setObjectName(u"protocolNumberError")
        self.protocolNumberError.setStyleSheet(u"color: #b3261e;")
        self.protocolNumberError.setWordWrap(True)

        self.protocolGroupLayout.addWidget(self.protocolNumberError, 1, 1, 1, 1)

        self.protocolDateLabel = QLabel(self.protocolGroup)
        self.protocolDateLabel.setObjectName(u"protocolDateLabel")

        self.protocolGroupLayout.addWidget(self.protocolDateLabel, 2, 0, 1, 1)

        self.protocolDateEdit = QDateEdit(self.protocolGroup)
        self.protocolDateEdit.setObjectName(u"protocolDateEdit")
        self.protocolDateEdit.setCalendarPopup(True)
        self.protocolDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.protocolDateEdit.setMaximumSize(QSize(140, 16777215))

        self.protocolGroupLayout.addWidget(self.protocolDateEdit, 2, 1, 1, 1)

        self.protocolDateError = QLabel(self.protocolGroup)
        self.protocolDateError.setObjectName(u"protocolDateError")
        self.protocolDateError.setStyleSheet(u"color: #b3261e;")
        self.protocolDateError.setWordWrap(True)

        self.protocolGroupLayout.addWidget(self.protocolDateError, 3, 1, 1, 1)

        self.leadLabel = QLabel(self.protocolGroup)
        self.leadLabel.setObjectName(u"leadLabel")

        self.protocolGroupLayout.addWidget(self.leadLabel, 4, 0, 1, 1)

        self.leadEdit = QLineEdit(self.protocolGroup)
        self.leadEdit.setObjectName(u"leadEdit")
        self.leadEdit.setMaxLength(300)

        self.protocolGroupLayout.addWidget(self.leadEdit, 4, 1, 1, 1)

        self.leadInfo = QLabel(self.protocolGroup)
        self.leadInfo.setObjectName(u"leadInfo")
        self.leadInfo.setStyleSheet(u"color: #555555;")
        self.leadInfo.setWordWrap(True)

        self.protocolGroupLayout.addWidget(self.leadInfo, 5, 1, 1, 1)

        self.leadError = QLabel(self.protocolGroup)
        self.leadError.setObjectName(u"leadError")
        self.leadError.setStyleSheet(u"color: #b3261e;")
        self.leadError.setWordWrap(True)

        self.protocolGroupLayout.addWidget(self.leadError, 6, 1, 1, 1)

        self.protocolGroupLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.protocolGroup)

        self.projectGroup = QGroupBox(self.dataPage)
        self.projectGroup.setObjectName(u"projectGroup")
        self.projectGroupLayout = QGridLayout(self.projectGroup)
        self.projectGroupLayout.setObjectName(u"projectGroupLayout")
        self.projectGroupLayout.setVerticalSpacing(2)
        self.titleLabel = QLabel(self.projectGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.projectGroupLayout.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.projectGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.projectGroupLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(self.projectGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b3261e;")
        self.titleError.setWordWrap(True)

        self.projectGroupLayout.addWidget(self.titleError, 1, 1, 1, 1)

        self.themeLabel = QLabel(self.projectGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.projectGroupLayout.addWidget(self.themeLabel, 2, 0, 1, 1)

        self.themeCombo = QComboBox(self.projectGroup)
        self.themeCombo.setObjectName(u"themeCombo")

        self.projectGroupLayout.addWidget(self.themeCombo, 2, 1, 1, 1)

        self.themeError = QLabel(self.projectGroup)
        self.themeError.setObjectName(u"themeError")
        self.themeError.setStyleSheet(u"color: #b3261e;")
        self.themeError.setWordWrap(True)

        self.projectGroupLayout.addWidget(self.themeError, 3, 1, 1, 1)

        self.dacLabel = QLabel(self.projectGroup)
        self.dacLabel.setObjectName(u"dacLabel")

        self.projectGroupLayout.addWidget(self.dacLabel, 4, 0, 1, 1)

        self.dacEdit = QLineEdit(self.projectGroup)
        self.dacEdit.setObjectName(u"dacEdit")
        self.dacEdit.setMaxLength(200)

        self.projectGroupLayout.addWidget(self.dacEdit, 4, 1, 1, 1)

        self.dacError = QLabel(self.projectGroup)
        self.dacError.setObjectName(u"dacError")
        self.dacError.setStyleSheet(u"color: #b3261e;")
        self.dacError.setWordWrap(True)

        self.projectGroupLayout.addWidget(self.dacError, 5, 1, 1, 1)

        self.cupLabel = QLabel(self.projectGroup)
        self.cupLabel.setObjectName(u"cupLabel")

        self.projectGroupLayout.addWidget(self.cupLabel, 6, 0, 1, 1)

        self.cupEdit = QLineEdit(self.projectGroup)
        self.cupEdit.setObjectName(u"cupEdit")
        self.cupEdit.setMaxLength(20)
        self.cupEdit.setMaximumSize(QSize(200, 16777215))

        self.projectGroupLayout.addWidget(self.cupEdit, 6, 1, 1, 1)

        self.cupError = QLabel(self.projectGroup)
        self.cupError.setObjectName(u"cupError")
        self.cupError.setStyleSheet(u"color: #b3261e;")
        self.cupError.setWordWrap(True)

        self.projectGroupLayout.addWidget(self.cupError, 7, 1, 1, 1)

        self.summaryLabel = QLabel(self.projectGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.projectGroupLayout.addWidget(self.summaryLabel, 8, 0, 1, 1)

        self.summaryEdit = QPlainTextEdit(self.projectGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.projectGroupLayout.addWidget(self.summaryEdit, 8, 1, 1, 1)

        self.summaryError = QLabel(self.projectGroup)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setStyleSheet(u"color: #b3261e;")
        self.summaryError.setWordWrap(True)

        self.projectGroupLayout.addWidget(self.summaryError, 9, 1, 1, 1)

        self.projectGroupLayout.setRowStretch(8, 1)
        self.projectGroupLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.projectGroup)

        self.leftColumn.setStretch(1, 1)

        self.dataLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.datesGroup = QGroupBox(self.dataPage)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesGroupLayout = QGridLayout(self.datesGroup)
        self.datesGroupLayout.setObjectName(u"datesGroupLayout")
        self.datesGroupLayout.setVerticalSpacing(2)
        self.startDateLabel = QLabel(self.datesGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.datesGroupLayout.addWidget(self.startDateLabel, 0, 0, 1, 1)

        self.startDateEdit = QLineEdit(self.datesGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setMaxLength(10)

        self.datesGroupLayout.addWidget(self.startDateEdit, 0, 1, 1, 1)

        self.startDateError = QLabel(self.datesGroup)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setStyleSheet(u"color: #b3261e;")
        self.startDateError.setWordWrap(True)

        self.datesGroupLayout.addWidget(self.startDateError, 1, 1, 1, 1)

        self.endDateLabel = QLabel(self.datesGroup)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.datesGroupLayout.addWidget(self.endDateLabel, 2, 0, 1, 1)

        self.endDateEdit = QLineEdit(self.datesGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaxLength(10)

        self.datesGroupLayout.addWidget(self.endDateEdit, 2, 1, 1, 1)

        self.endDateError = QLabel(self.datesGroup)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setStyleSheet(u"color: #b3261e;")
        self.endDateError.setWordWrap(True)

        self.datesGroupLayout.addWidget(self.endDateError, 3, 1, 1, 1)

        self.durationLabel = QLabel(self.datesGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.datesGroupLayout.addWidget(self.durationLabel, 4, 0, 1, 1)

        self.durationSpin = QSpinBox(self.datesGroup)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setSpecialValueText(u"\u2014")
        self.durationSpin.setMaximum(120)

        self.datesGroupLayout.addWidget(self.durationSpin, 4, 1, 1, 1)

        self.durationError = QLabel(self.datesGroup)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setStyleSheet(u"color: #b3261e;")
        self.durationError.setWordWrap(True)

        self.datesGroupLayout.addWidget(self.durationError, 5, 1, 1, 1)

        self.datesGroupLayout.setColumnStretch(1, 1)

        self.rightColumn.addWidget(self.datesGroup)

        self.amountsGroup = QGroupBox(self.dataPage)
        self.amountsGroup.setObjectName(u"amountsGroup")
        self.amountsGroupLayout = QGridLayout(self.amountsGroup)
        self.amountsGroupLayout.setObjectName(u"amountsGroupLayout")
        self.amountsGroupLayout.setVerticalSpacing(2)
        self.totalCostLabel = QLabel(self.amountsGroup)
        self.totalCostLabel.setObjectName(u"totalCostLabel")

        self.amountsGroupLayout.addWidget(self.totalCostLabel, 0, 0, 1, 1)

        self.totalCostEdit = QLineEdit(self.amountsGroup)
        self.totalCostEdit.setObjectName(u"totalCostEdit")
        self.totalCostEdit.setMaxLength(20)
        self.totalCostEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.amountsGroupLayout.addWidget(self.totalCostEdit, 0, 1, 1, 1)

        self.totalCostError = QLabel(self.amountsGroup)
        self.totalCostError.setObjectName(u"totalCostError")
        self.totalCostError.setStyleSheet(u"color: #b3261e;")
        self.totalCostError.setWordWrap(True)

        self.amountsGroupLayout.addWidget(self.totalCostError, 1, 1, 1, 1)

        self.requestedGrantLabel = QLabel(self.amountsGroup)
        self.requestedGrantLabel.setObjectName(u"requestedGrantLabel")

        self.amountsGroupLayout.addWidget(self.requestedGrantLabel, 2, 0, 1, 1)

        self.requestedGrantEdit = QLineEdit(self.amountsGroup)
        self.requestedGrantEdit.setObjectName(u"requestedGrantEdit")
        self.requestedGrantEdit.setMaxLength(20)
        self.requestedGrantEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.amountsGroupLayout.addWidget(self.requestedGrantEdit, 2, 1, 1, 1)

        self.requestedGrantError = QLabel(self.amountsGroup)
        self.requestedGrantError.setObjectName(u"requestedGrantError")
        self.requestedGrantError.setStyleSheet(u"color: #b3261e;")
        self.requestedGrantError.setWordWrap(True)

        self.amountsGroupLayout.addWidget(self.requestedGrantError, 3, 1, 1, 1)

        self.cofundingLabel = QLabel(self.amountsGroup)
        self.cofundingLabel.setObjectName(u"cofundingLabel")

        self.amountsGroupLayout.addWidget(self.cofundingLabel, 4, 0, 1, 1)

        self.cofundingEdit = QLineEdit(self.amountsGroup)
        self.cofundingEdit.setObjectName(u"cofundingEdit")
        self.cofundingEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.cofundingEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cofundingEdit.setReadOnly(True)

        self.amountsGroupLayout.addWidget(self.cofundingEdit, 4, 1, 1, 1)

        self.cofundingPctLabel = QLabel(self.amountsGroup)
        self.cofundingPctLabel.setObjectName(u"cofundingPctLabel")

        self.amountsGroupLayout.addWidget(self.cofundingPctLabel, 5, 0, 1, 1)

        self.cofundingPctEdit = QLineEdit(self.amountsGroup)
        self.cofundingPctEdit.setObjectName(u"cofundingPctEdit")
        self.cofundingPctEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.cofundingPctEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cofundingPctEdit.setReadOnly(True)

        self.amountsGroupLayout.addWidget(self.cofundingPctEdit, 5, 1, 1, 1)

        self.cofundingRule = QLabel(self.amountsGroup)
        self.cofundingRule.setObjectName(u"cofundingRule")
        self.cofundingRule.setStyleSheet(u"color: #555555;")
        self.cofundingRule.setWordWrap(True)

        self.amountsGroupLayout.addWidget(self.cofundingRule, 6, 1, 1, 1)

        self.amountsGroupLayout.setColumnStretch(1, 1)

        self.rightColumn.addWidget(self.amountsGroup)

        self.generalError = QLabel(self.dataPage)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.rightColumn.addWidget(self.generalError)

        self.rightSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.dataLayout.addLayout(self.rightColumn)

        self.dataLayout.setStretch(0, 3)
        self.dataLayout.setStretch(1, 2)
        self.tabWidget.addTab(self.dataPage, "")
        self.placesPage = QWidget()
        self.placesPage.setObjectName(u"placesPage")
        self.placesLayout = QHBoxLayout(self.placesPage)
        self.placesLayout.setObjectName(u"placesLayout")
        self.countriesGroup = QGroupBox(self.placesPage)
        self.countriesGroup.setObjectName(u"countriesGroup")
        self.countriesGroupLayout = QVBoxLayout(self.countriesGroup)
        self.countriesGroupLayout.setObjectName(u"countriesGroupLayout")
        self.countryFilterEdit = QLineEdit(self.countriesGroup)
        self.countryFilterEdit.setObjectName(u"countryFilterEdit")
        self.countryFilterEdit.setClearButtonEnabled(True)

        self.countriesGroupLayout.addWidget(self.countryFilterEdit)

        self.countriesList = QListWidget(self.countriesGroup)
        self.countriesList.setObjectName(u"countriesList")
        self.countriesList.setAlternatingRowColors(True)
        self.countriesList.setUniformItemSizes(True)

        self.countriesGroupLayout.addWidget(self.countriesList)

        self.countriesSummary = QLabel(self.countriesGroup)
        self.countriesSummary.setObjectName(u"countriesSummary")
        self.countriesSummary.setWordWrap(True)

        self.countriesGroupLayout.addWidget(self.countriesSummary)

        self.countriesError = QLabel(self.countriesGroup)
        self.countriesError.setObjectName(u"countriesError")
        self.countriesError.setStyleSheet(u"color: #b3261e;")
        self.countriesError.setWordWrap(True)

        self.countriesGroupLayout.addWidget(self.countriesError)


        self.placesLayout.addWidget(self.countriesGroup)

        self.sdgGroup = QGroupBox(self.placesPage)
        self.sdgGroup.setObjectName(u"sdgGroup")
        self.sdgGroupLayout = QVBoxLayout(self.sdgGroup)
        self.sdgGroupLayout.setObjectName(u"sdgGroupLayout")
        self.sdgList = QListWidget(self.sdgGroup)
        self.sdgList.setObjectName(u"sdgList")
        self.sdgList.setAlternatingRowColors(True)
        self.sdgList.setUniformItemSizes(True)

        self.sdgGroupLayout.addWidget(self.sdgList)

        self.sdgsError = QLabel(self.sdgGroup)
        self.sdgsError.setObjectName(u"sdgsError")
        self.sdgsError.setStyleSheet(u"color: #b3261e;")
        self.sdgsError.setWordWrap(True)

        self.sdgGroupLayout.addWidget(self.sdgsError)


        self.placesLayout.addWidget(self.sdgGroup)

        self.placesLayout.setStretch(0, 1)
        self.placesLayout.setStretch(1, 1)
        self.tabWidget.addTab(self.placesPage, "")
        self.partnersPage = QWidget()
        self.partnersPage.setObjectName(u"partnersPage")
        self.partnersLayout = QVBoxLayout(self.partnersPage)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partnersTable = QTableWidget(self.partnersPage)
        if (self.partnersTable.columnCount() < 4):
            self.partnersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.partnersTable.setObjectName(u"partnersTable")
        self.partnersTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.partnersTable.setAlternatingRowColors(True)
        self.partnersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnersTable.setWordWrap(False)
        self.partnersTable.horizontalHeader().setStretchLastSection(True)
        self.partnersTable.verticalHeader().setVisible(False)

        self.partnersLayout.addWidget(self.partnersTable)

        self.partnerButtons = QHBoxLayout()
        self.partnerButtons.setObjectName(u"partnerButtons")
        self.partnersHint = QLabel(self.partnersPage)
        self.partnersHint.setObjectName(u"partnersHint")
        self.partnersHint.setStyleSheet(u"color: #555555;")

        self.partnerButtons.addWidget(self.partnersHint)

        self.partnerButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partnerButtons.addItem(self.partnerButtonsSpacer)

        self.removePartnerButton = QPushButton(self.partnersPage)
        self.removePartnerButton.setObjectName(u"removePartnerButton")

        self.partnerButtons.addWidget(self.removePartnerButton)


        self.partnersLayout.addLayout(self.partnerButtons)

        self.tuscanGroup = QGroupBox(self.partnersPage)
        self.tuscanGroup.setObjectName(u"tuscanGroup")
        self.tuscanGroupLayout = QGridLayout(self.tuscanGroup)
        self.tuscanGroupLayout.setObjectName(u"tuscanGroupLayout")
        self.partnerActorEdit = QLineEdit(self.tuscanGroup)
        self.partnerActorEdit.setObjectName(u"partnerActorEdit")

        self.tuscanGroupLayout.addWidget(self.partnerActorEdit, 0, 0, 1, 1)

        self.partnerRoleEdit = QLineEdit(self.tuscanGroup)
        self.partnerRoleEdit.setObjectName(u"partnerRoleEdit")
        self.partnerRoleEdit.setMaxLength(120)
        self.partnerRoleEdit.setMaximumSize(QSize(220, 16777215))

        self.tuscanGroupLayout.addWidget(self.partnerRoleEdit, 0, 1, 1, 1)

        self.addTuscanButton = QPushButton(self.tuscanGroup)
        self.addTuscanButton.setObjectName(u"addTuscanButton")

        self.tuscanGroupLayout.addWidget(self.addTuscanButton, 0, 2, 1, 1)

        self.partnerActorInfo = QLabel(self.tuscanGroup)
        self.partnerActorInfo.setObjectName(u"partnerActorInfo")
        self.partnerActorInfo.setStyleSheet(u"color: #555555;")

        self.tuscanGroupLayout.addWidget(self.partnerActorInfo, 1, 0, 1, 3)

        self.tuscanGroupLayout.setColumnStretch(0, 1)

        self.partnersLayout.addWidget(self.tuscanGroup)

        self.foreignGroup = QGroupBox(self.partnersPage)
        self.foreignGroup.setObjectName(u"foreignGroup")
        self.foreignGroupLayout = QHBoxLayout(self.foreignGroup)
        self.foreignGroupLayout.setObjectName(u"foreignGroupLayout")
        self.foreignNameEdit = QLineEdit(self.foreignGroup)
        self.foreignNameEdit.setObjectName(u"foreignNameEdit")
        self.foreignNameEdit.setMaxLength(300)

        self.foreignGroupLayout.addWidget(self.foreignNameEdit)

        self.foreignCountryCombo = QComboBox(self.foreignGroup)
        self.foreignCountryCombo.setObjectName(u"foreignCountryCombo")
        self.foreignCountryCombo.setEditable(True)
        self.foreignCountryCombo.setMinimumContentsLength(18)
        self.foreignCountryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.foreignGroupLayout.addWidget(self.foreignCountryCombo)

        self.foreignRoleEdit = QLineEdit(self.foreignGroup)
        self.foreignRoleEdit.setObjectName(u"foreignRoleEdit")
        self.foreignRoleEdit.setMaxLength(120)
        self.foreignRoleEdit.setMaximumSize(QSize(220, 16777215))

        self.foreignGroupLayout.addWidget(self.foreignRoleEdit)

        self.addForeignButton = QPushButton(self.foreignGroup)
        self.addForeignButton.setObjectName(u"addForeignButton")

        self.foreignGroupLayout.addWidget(self.addForeignButton)

        self.foreignGroupLayout.setStretch(0, 1)

        self.partnersLayout.addWidget(self.foreignGroup)

        self.partnersError = QLabel(self.partnersPage)
        self.partnersError.setObjectName(u"partnersError")
        self.partnersError.setStyleSheet(u"color: #b3261e;")
        self.partnersError.setWordWrap(True)

        self.partnersLayout.addWidget(self.partnersError)

        self.tabWidget.addTab(self.partnersPage, "")
        self.admissibilityPage = QWidget()
        self.admissibilityPage.setObjectName(u"admissibilityPage")
        self.admissibilityLayout = QVBoxLayout(self.admissibilityPage)
        self.admissibilityLayout.setObjectName(u"admissibilityLayout")
        self.verdictLabel = QLabel(self.admissibilityPage)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.admissibilityLayout.addWidget(self.verdictLabel)

        self.reasonsLabel = QLabel(self.admissibilityPage)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.admissibilityLayout.addWidget(self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(self.admissibilityPage)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setMaximumSize(QSize(16777215, 80))
        self.reasonsEdit.setReadOnly(True)
        self.reasonsEdit.setTabChangesFocus(True)

        self.admissibilityLayout.addWidget(self.reasonsEdit)

        self.checksGroup = QGroupBox(self.admissibilityPage)
        self.checksGroup.setObjectName(u"checksGroup")
        self.checksGroupLayout = QVBoxLayout(self.checksGroup)
        self.checksGroupLayout.setObjectName(u"checksGroupLayout")
        self.checksTable = QTableWidget(self.checksGroup)
        if (self.checksTable.columnCount() < 4):
            self.checksTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.checksTable.setObjectName(u"checksTable")
        self.checksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checksTable.setAlternatingRowColors(True)
        self.checksTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checksTable.setWordWrap(False)
        self.checksTable.horizontalHeader().setStretchLastSection(True)
        self.checksTable.verticalHeader().setVisible(False)

        self.checksGroupLayout.addWidget(self.checksTable)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.documentOkButton = QPushButton(self.checksGroup)
        self.documentOkButton.setObjectName(u"documentOkButton")

        self.checkButtons.addWidget(self.documentOkButton)

        self.documentMissingButton = QPushButton(self.checksGroup)
        self.documentMissingButton.setObjectName(u"documentMissingButton")

        self.checkButtons.addWidget(self.documentMissingButton)

        self.overrideButton = QPushButton(self.checksGroup)
        self.overrideButton.setObjectName(u"overrideButton")

        self.checkButtons.addWidget(self.overrideButton)

        self.clearOverrideButton = QPushButton(self.checksGroup)
        self.clearOverrideButton.setObjectName(u"clearOverrideButton")

        self.checkButtons.addWidget(self.clearOverrideButton)

        self.checkButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkButtons.addItem(self.checkButtonsSpacer)

        self.rerunButton = QPushButton(self.checksGroup)
        self.rerunButton.setObjectName(u"rerunButton")

        self.checkButtons.addWidget(self.rerunButton)


        self.checksGroupLayout.addLayout(self.checkButtons)


        self.admissibilityLayout.addWidget(self.checksGroup)

        self.integrationsGroup = QGroupBox(self.admissibilityPage)
        self.integrationsGroup.setObjectName(u"integrationsGroup")
        self.integrationsGroupLayout = QVBoxLayout(self.integrationsGroup)
        self.integrationsGroupLayout.setObjectName(u"integrationsGroupLayout")
        self.integrationsTable = QTableWidget(self.integrationsGroup)
        if (self.integrationsTable.columnCount() < 5):
            self.integrationsTable.setColumnCount(5)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.integrationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.integrationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.integrationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.integrationsTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.integrationsTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        self.integrationsTable.setObjectName(u"integrationsTable")
        self.integrationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.integrationsTable.setAlternatingRowColors(True)
        self.integrationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.integrationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.integrationsTable.setWordWrap(False)
        self.integrationsTable.horizontalHeader().setStretchLastSection(True)
        self.integrationsTable.verticalHeader().setVisible(False)

        self.integrationsGroupLayout.addWidget(self.integrationsTable)

        self.integrationButtons = QHBoxLayout()
        self.integrationButtons.setObjectName(u"integrationButtons")
        self.requestIntegrationButton = QPushButton(self.integrationsGroup)
        self.requestIntegrationButton.setObjectName(u"requestIntegrationButton")

        self.integrationButtons.addWidget(self.requestIntegrationButton)

        self.answerIntegrationButton = QPushButton(self.integrationsGroup)
        self.answerIntegrationButton.setObjectName(u"answerIntegrationButton")

        self.integrationButtons.addWidget(self.answerIntegrationButton)

        self.integrationButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.integrationButtons.addItem(self.integrationButtonsSpacer)


        self.integrationsGroupLayout.addLayout(self.integrationButtons)


        self.admissibilityLayout.addWidget(self.integrationsGroup)

        self.actionError = QLabel(self.admissibilityPage)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setStyleSheet(u"color: #b3261e;")
        self.actionError.setWordWrap(True)

        self.admissibilityLayout.addWidget(self.actionError)

        self.admissibilityLayout.setStretch(3, 3)
        self.admissibilityLayout.setStretch(4, 2)
        self.tabWidget.addTab(self.admissibilityPage, "")
        self.statusPage = QWidget()
        self.statusPage.setObjectName(u"statusPage")
        self.statusLayout = QVBoxLayout(self.statusPage)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusCaption = QLabel(self.statusPage)
        self.statusCaption.setObjectName(u"statusCaption")

        self.statusRow.addWidget(self.statusCaption)

        self.statusValue = QLabel(self.statusPage)
        self.statusValue.setObjectName(u"statusValue")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.statusValue.setFont(font)

        self.statusRow.addWidget(self.statusValue)

        self.grantedValue = QLabel(self.statusPage)
        self.grantedValue.setObjectName(u"grantedValue")

        self.statusRow.addWidget(self.grantedValue)

        self.statusSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)

        self.withdrawButton = QPushButton(self.statusPage)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.statusRow.addWidget(self.withdrawButton)

        self.restoreButton = QPushButton(self.statusPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.statusRow.addWidget(self.restoreButton)

        self.revokeButton = QPushButton(self.statusPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.statusRow.addWidget(self.revokeButton)


        self.statusLayout.addLayout(self.statusRow)

        self.historyLabel = QLabel(self.statusPage)
        self.historyLabel.setObjectName(u"historyLabel")

        self.statusLayout.addWidget(self.historyLabel)

        self.historyTable = QTableWidget(self.statusPage)
        if (self.historyTable.columnCount() < 5):
            self.historyTable.setColumnCount(5)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem17)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.statusLayout.addWidget(self.historyTable)

        self.statusError = QLabel(self.statusPage)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #b3261e;")
        self.statusError.setWordWrap(True)

        self.statusLayout.addWidget(self.statusError)

        self.tabWidget.addTab(self.statusPage, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(ApplicationDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonBox = QDialogButtonBox(ApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)

        self.buttonsLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.protocolNumberLabel.setBuddy(self.protocolNumberEdit)
        self.protocolDateLabel.setBuddy(self.protocolDateEdit)
        self.leadLabel.setBuddy(self.leadEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeCombo)
        self.dacLabel.setBuddy(self.dacEdit)
        self.cupLabel.setBuddy(self.cupEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.totalCostLabel.setBuddy(self.totalCostEdit)
        self.requestedGrantLabel.setBuddy(self.requestedGrantEdit)
        self.cofundingLabel.setBuddy(self.cofundingEdit)
        self.cofundingPctLabel.setBuddy(self.cofundingPctEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabWidget, self.protocolNumberEdit)
        QWidget.setTabOrder(self.protocolNumberEdit, self.protocolDateEdit)
        QWidget.setTabOrder(self.protocolDateEdit, self.leadEdit)
        QWidget.setTabOrder(self.leadEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.dacEdit)
        QWidget.setTabOrder(self.dacEdit, self.cupEdit)
        QWidget.setTabOrder(self.cupEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.totalCostEdit)
        QWidget.setTabOrder(self.totalCostEdit, self.requestedGrantEdit)

        self.retranslateUi(ApplicationDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"Application", None))
        self.protocolGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Protocol and lead applicant", None))
        self.protocolNumberLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Protocol number", None))
        self.protocolNumberEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"e.g. AOOGRT/2026/0012345", None))
        self.protocolDateLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Protocol date", None))
#if QT_CONFIG(tooltip)
        self.protocolDateEdit.setToolTip(QCoreApplication.translate("ApplicationDialog", u"The day the application reached the office (PEC)", None))
#endif // QT_CONFIG(tooltip)
        self.leadLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Lead applicant", None))
#if QT_CONFIG(tooltip)
        self.leadEdit.setToolTip(QCoreApplication.translate("ApplicationDialog", u"The actor responsible toward the Region: it must be in the actors register", None))
#endif // QT_CONFIG(tooltip)
        self.leadEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Type a name or a tax code and choose from the list", None))
        self.projectGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Project", None))
        self.titleLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Title", None))
        self.themeLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Theme", None))
        self.dacLabel.setText(QCoreApplication.translate("ApplicationDialog", u"DAC purpose code", None))
#if QT_CONFIG(tooltip)
        self.dacEdit.setToolTip(QCoreApplication.translate("ApplicationDialog", u"OECD DAC 5-digit purpose code", None))
#endif // QT_CONFIG(tooltip)
        self.dacEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Type a code or a word, e.g. 15112 or rifiuti", None))
        self.cupLabel.setText(QCoreApplication.translate("ApplicationDialog", u"CUP", None))
#if QT_CONFIG(tooltip)
        self.cupEdit.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Codice Unico di Progetto: 15 characters, assigned when the project is funded", None))
#endif // QT_CONFIG(tooltip)
        self.cupEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"e.g. J39J21005440001", None))
        self.summaryLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Summary", None))
        self.datesGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Duration", None))
        self.startDateLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Start date", None))
        self.startDateEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"dd/mm/yyyy", None))
        self.endDateLabel.setText(QCoreApplication.translate("ApplicationDialog", u"End date", None))
        self.endDateEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"dd/mm/yyyy", None))
        self.durationLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Duration (months)", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Leave at \u2014 when the start and end dates say it all", None))
#endif // QT_CONFIG(tooltip)
        self.amountsGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Amounts", None))
        self.totalCostLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Total cost (\u20ac)", None))
        self.totalCostEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"e.g. 50.000,00", None))
        self.requestedGrantLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Requested grant (\u20ac)", None))
        self.requestedGrantEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"e.g. 40.000,00", None))
        self.cofundingLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Co-funding", None))
#if QT_CONFIG(tooltip)
        self.cofundingEdit.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Total cost minus the requested grant: computed, not typed", None))
#endif // QT_CONFIG(tooltip)
        self.cofundingPctLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Co-funding share", None))
#if QT_CONFIG(tooltip)
        self.cofundingPctEdit.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Co-funding as a share of the total cost (two decimals, cut as the checks print it)", None))
#endif // QT_CONFIG(tooltip)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.dataPage), QCoreApplication.translate("ApplicationDialog", u"&Application", None))
        self.countriesGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Countries of intervention", None))
        self.countryFilterEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Filter the countries\u2026", None))
        self.sdgGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Sustainable Development Goals", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.placesPage), QCoreApplication.translate("ApplicationDialog", u"Countries and &SDGs", None))
        ___qtablewidgetitem = self.partnersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ApplicationDialog", u"Partner", None))
        ___qtablewidgetitem1 = self.partnersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ApplicationDialog", u"Country", None))
        ___qtablewidgetitem2 = self.partnersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ApplicationDialog", u"Tax code", None))
        ___qtablewidgetitem3 = self.partnersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ApplicationDialog", u"Role", None))
        self.partnersHint.setText(QCoreApplication.translate("ApplicationDialog", u"Double-click a role to change it.", None))
        self.removePartnerButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Remove partner", None))
        self.tuscanGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Add a Tuscan partner (from the actors register)", None))
        self.partnerActorEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Type a name or a tax code and choose from the list", None))
        self.partnerRoleEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Role, e.g. partner", None))
        self.addTuscanButton.setText(QCoreApplication.translate("ApplicationDialog", u"Add &Tuscan partner", None))
        self.foreignGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Add a foreign local partner", None))
        self.foreignNameEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Name", None))
#if QT_CONFIG(tooltip)
        self.foreignCountryCombo.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Country of the local partner", None))
#endif // QT_CONFIG(tooltip)
        self.foreignRoleEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Role, e.g. partner locale", None))
        self.addForeignButton.setText(QCoreApplication.translate("ApplicationDialog", u"Add &foreign partner", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.partnersPage), QCoreApplication.translate("ApplicationDialog", u"&Partners", None))
        self.reasonsLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Reasons for exclusion, as letters and the decree annex will quote them:", None))
        self.checksGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Formal checks", None))
        ___qtablewidgetitem4 = self.checksTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ApplicationDialog", u"Check", None))
        ___qtablewidgetitem5 = self.checksTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ApplicationDialog", u"Outcome", None))
        ___qtablewidgetitem6 = self.checksTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ApplicationDialog", u"Reason", None))
        ___qtablewidgetitem7 = self.checksTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ApplicationDialog", u"Override", None))
#if QT_CONFIG(tooltip)
        self.documentOkButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Confirm that the selected required document is present and in order", None))
#endif // QT_CONFIG(tooltip)
        self.documentOkButton.setText(QCoreApplication.translate("ApplicationDialog", u"Document in &order\u2026", None))
#if QT_CONFIG(tooltip)
        self.documentMissingButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Record that the selected required document is missing or irregular", None))
#endif // QT_CONFIG(tooltip)
        self.documentMissingButton.setText(QCoreApplication.translate("ApplicationDialog", u"Document &missing\u2026", None))
#if QT_CONFIG(tooltip)
        self.overrideButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Set aside the selected check with a written reason", None))
#endif // QT_CONFIG(tooltip)
        self.overrideButton.setText(QCoreApplication.translate("ApplicationDialog", u"O&verride\u2026", None))
#if QT_CONFIG(tooltip)
        self.clearOverrideButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"The check counts again as it came out", None))
#endif // QT_CONFIG(tooltip)
        self.clearOverrideButton.setText(QCoreApplication.translate("ApplicationDialog", u"Remove overr&ide", None))
#if QT_CONFIG(tooltip)
        self.rerunButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Check the application again against the rules of the call", None))
#endif // QT_CONFIG(tooltip)
        self.rerunButton.setText(QCoreApplication.translate("ApplicationDialog", u"Run the &checks", None))
        self.integrationsGroup.setTitle(QCoreApplication.translate("ApplicationDialog", u"Requests for missing documents (soccorso istruttorio)", None))
        ___qtablewidgetitem8 = self.integrationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ApplicationDialog", u"Requested on", None))
        ___qtablewidgetitem9 = self.integrationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ApplicationDialog", u"Deadline", None))
        ___qtablewidgetitem10 = self.integrationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ApplicationDialog", u"Documents requested", None))
        ___qtablewidgetitem11 = self.integrationsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ApplicationDialog", u"Answered on", None))
        ___qtablewidgetitem12 = self.integrationsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ApplicationDialog", u"Note", None))
#if QT_CONFIG(tooltip)
        self.requestIntegrationButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Record a request for missing documents with its deadline", None))
#endif // QT_CONFIG(tooltip)
        self.requestIntegrationButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Request documents\u2026", None))
#if QT_CONFIG(tooltip)
        self.answerIntegrationButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Record the applicant's answer to the selected request", None))
#endif // QT_CONFIG(tooltip)
        self.answerIntegrationButton.setText(QCoreApplication.translate("ApplicationDialog", u"Record the &answer\u2026", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.admissibilityPage), QCoreApplication.translate("ApplicationDialog", u"A&dmissibility", None))
        self.statusCaption.setText(QCoreApplication.translate("ApplicationDialog", u"Status:", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"The applicant withdrew the application: it leaves the procedure", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Bring a withdrawn application back into the procedure", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Back to received\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Revoke the grant of a funded application, with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("ApplicationDialog", u"Re&voke\u2026", None))
        self.historyLabel.setText(QCoreApplication.translate("ApplicationDialog", u"History of the status:", None))
        ___qtablewidgetitem13 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ApplicationDialog", u"Date", None))
        ___qtablewidgetitem14 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ApplicationDialog", u"From", None))
        ___qtablewidgetitem15 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ApplicationDialog", u"To", None))
        ___qtablewidgetitem16 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("ApplicationDialog", u"User", None))
        ___qtablewidgetitem17 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("ApplicationDialog", u"Note", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.statusPage), QCoreApplication.translate("ApplicationDialog", u"&Status", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Letters to the lead applicant and the evaluation sheet, in a preview", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ApplicationDialog", u"Print", None))
    # retranslateUi

