# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OfficeSettingsDialog(object):
    def setupUi(self, OfficeSettingsDialog):
        if not OfficeSettingsDialog.objectName():
            OfficeSettingsDialog.setObjectName(u"OfficeSettingsDialog")
        OfficeSettingsDialog.resize(680, 10)
        self.mainLayout = QVBoxLayout(OfficeSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(OfficeSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officeHeading = QLabel(OfficeSettingsDialog)
        self.officeHeading.setObjectName(u"officeHeading")
        font = QFont()
        font.setBold(True)
        self.officeHeading.setFont(font)
        self.officeHeading.setMinimumSize(QSize(0, 30))
        self.officeHeading.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.officeHeading)

        self.officeNameLabel = QLabel(OfficeSettingsDialog)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(OfficeSettingsDialog)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.officeNameError = QLabel(OfficeSettingsDialog)
        self.officeNameError.setObjectName(u"officeNameError")
        self.officeNameError.setStyleSheet(u"color: #b3261e;")
        self.officeNameError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeNameError)

        self.departmentLabel = QLabel(OfficeSettingsDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(OfficeSettingsDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.departmentError = QLabel(OfficeSettingsDialog)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setStyleSheet(u"color: #b3261e;")
        self.departmentError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentError)

        self.addressLabel = QLabel(OfficeSettingsDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(OfficeSettingsDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(OfficeSettingsDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setStyleSheet(u"color: #b3261e;")
        self.addressError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.postalCodeLabel = QLabel(OfficeSettingsDialog)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.postalCodeEdit = QLineEdit(OfficeSettingsDialog)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaximumSize(QSize(120, 16777215))
        self.postalCodeEdit.setMaxLength(5)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.postalCodeError = QLabel(OfficeSettingsDialog)
        self.postalCodeError.setObjectName(u"postalCodeError")
        self.postalCodeError.setStyleSheet(u"color: #b3261e;")
        self.postalCodeError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.postalCodeError)

        self.cityLabel = QLabel(OfficeSettingsDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(OfficeSettingsDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.cityError = QLabel(OfficeSettingsDialog)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setStyleSheet(u"color: #b3261e;")
        self.cityError.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.cityError)

        self.provinceLabel = QLabel(OfficeSettingsDialog)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(OfficeSettingsDialog)
        self.provinceEdit.setObjectName(u"provinceEdit")
        self.provinceEdit.setMaximumSize(QSize(84, 16777215))
        self.provinceEdit.setMaxLength(2)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.provinceError = QLabel(OfficeSettingsDialog)
        self.provinceError.setObjectName(u"provinceError")
        self.provinceError.setStyleSheet(u"color: #b3261e;")
        self.provinceError.setWordWrap(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.provinceError)

        self.contactsHeading = QLabel(OfficeSettingsDialog)
        self.contactsHeading.setObjectName(u"contactsHeading")
        self.contactsHeading.setFont(font)
        self.contactsHeading.setMinimumSize(QSize(0, 30))
        self.contactsHeading.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.contactsHeading)

        self.pecLabel = QLabel(OfficeSettingsDialog)
        self.pecLabel.setObjectName(u"pecLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.pecLabel)

        self.pecEdit = QLineEdit(OfficeSettingsDialog)
        self.pecEdit.setObjectName(u"pecEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.pecEdit)

        self.pecError = QLabel(OfficeSettingsDialog)
        self.pecError.setObjectName(u"pecError")
        self.pecError.setStyleSheet(u"color: #b3261e;")
        self.pecError.setWordWrap(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.pecError)

        self.emailLabel = QLabel(OfficeSettingsDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(OfficeSettingsDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(OfficeSettingsDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #b3261e;")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(OfficeSettingsDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(OfficeSettingsDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(OfficeSettingsDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b3261e;")
        self.phoneError.setWordWrap(True)

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.signaturesHeading = QLabel(OfficeSettingsDialog)
        self.signaturesHeading.setObjectName(u"signaturesHeading")
        self.signaturesHeading.setFont(font)
        self.signaturesHeading.setMinimumSize(QSize(0, 30))
        self.signaturesHeading.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignBottom)

        self.formLayout.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.signaturesHeading)

        self.headOfOfficeLabel = QLabel(OfficeSettingsDialog)
        self.headOfOfficeLabel.setObjectName(u"headOfOfficeLabel")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.LabelRole, self.headOfOfficeLabel)

        self.headOfOfficeEdit = QLineEdit(OfficeSettingsDialog)
        self.headOfOfficeEdit.setObjectName(u"headOfOfficeEdit")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.headOfOfficeEdit)

        self.headOfOfficeError = QLabel(OfficeSettingsDialog)
        self.headOfOfficeError.setObjectName(u"headOfOfficeError")
        self.headOfOfficeError.setStyleSheet(u"color: #b3261e;")
        self.headOfOfficeError.setWordWrap(True)

        self.formLayout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.headOfOfficeError)

        self.procedureManagerLabel = QLabel(OfficeSettingsDialog)
        self.procedureManagerLabel.setObjectName(u"procedureManagerLabel")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.LabelRole, self.procedureManagerLabel)

        self.procedureManagerEdit = QLineEdit(OfficeSettingsDialog)
        self.procedureManagerEdit.setObjectName(u"procedureManagerEdit")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.FieldRole, self.procedureManagerEdit)

        self.procedureManagerError = QLabel(OfficeSettingsDialog)
        self.procedureManagerError.setObjectName(u"procedureManagerError")
        self.procedureManagerError.setStyleSheet(u"color: #b3261e;")
        self.procedureManagerError.setWordWrap(True)

        self.formLayout.setWidget(24, QFormLayout.ItemRole.FieldRole, self.procedureManagerError)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(OfficeSettingsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(OfficeSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.pecLabel.setBuddy(self.pecEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.headOfOfficeLabel.setBuddy(self.headOfOfficeEdit)
        self.procedureManagerLabel.setBuddy(self.procedureManagerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeNameEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.pecEdit)
        QWidget.setTabOrder(self.pecEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.headOfOfficeEdit)
        QWidget.setTabOrder(self.headOfOfficeEdit, self.procedureManagerEdit)

        self.retranslateUi(OfficeSettingsDialog)

        QMetaObject.connectSlotsByName(OfficeSettingsDialog)
    # setupUi

    def retranslateUi(self, OfficeSettingsDialog):
        OfficeSettingsDialog.setWindowTitle(QCoreApplication.translate("OfficeSettingsDialog", u"Office settings", None))
        self.introLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"These details appear in the letterhead and in the signature blocks of letters and decrees.", None))
        self.officeHeading.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Office", None))
        self.officeNameLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Office name", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"e.g. Settore Attivit\u00e0 Internazionali", None))
        self.departmentLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Directorate / Department", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Address", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Postal code (CAP)", None))
        self.cityLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"City", None))
        self.provinceLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Province", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"e.g. FI", None))
        self.contactsHeading.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Contacts", None))
        self.pecLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Certified e-mail (PEC)", None))
        self.emailLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Phone", None))
        self.signaturesHeading.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Signatures", None))
        self.headOfOfficeLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Head of office (Dirigente)", None))
        self.procedureManagerLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"Person in charge of the procedure", None))
    # retranslateUi

