# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_edit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(520, 10)
        UserEditDialog.setModal(True)
        self.mainLayout = QVBoxLayout(UserEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usernameLabel = QLabel(UserEditDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserEditDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameError = QLabel(UserEditDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setStyleSheet(u"color: #b3261e;")
        self.usernameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.fullNameLabel = QLabel(UserEditDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserEditDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.fullNameError = QLabel(UserEditDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setStyleSheet(u"color: #b3261e;")
        self.fullNameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.emailLabel = QLabel(UserEditDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(UserEditDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(UserEditDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #b3261e;")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.roleLabel = QLabel(UserEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserEditDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(UserEditDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setStyleSheet(u"color: #b3261e;")
        self.roleError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.passwordLabel = QLabel(UserEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserEditDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(128)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(UserEditDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setStyleSheet(u"color: #b3261e;")
        self.passwordError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.confirmLabel = QLabel(UserEditDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(UserEditDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setMaxLength(128)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.confirmError = QLabel(UserEditDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setStyleSheet(u"color: #b3261e;")
        self.confirmError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.confirmError)

        self.passwordHint = QLabel(UserEditDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setStyleSheet(u"color: #5f6368;")
        self.passwordHint.setWordWrap(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(UserEditDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(UserEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)

        self.retranslateUi(UserEditDialog)

        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"User", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Username", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"e.g. mrossi", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserEditDialog", u"Full &name", None))
        self.emailLabel.setText(QCoreApplication.translate("UserEditDialog", u"&E-mail", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Password", None))
        self.confirmLabel.setText(QCoreApplication.translate("UserEditDialog", u"Repeat the pass&word", None))
        self.passwordHint.setText(QCoreApplication.translate("UserEditDialog", u"At least 10 characters, with at least three kinds among lower-case letters, capital letters, digits and symbols; not the username nor a common password.", None))
    # retranslateUi

