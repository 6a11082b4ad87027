# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_duplicate_dialog.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CallDuplicateDialog(object):
    def setupUi(self, CallDuplicateDialog):
        if not CallDuplicateDialog.objectName():
            CallDuplicateDialog.setObjectName(u"CallDuplicateDialog")
        CallDuplicateDialog.resize(460, 200)
        self.mainLayout = QVBoxLayout(CallDuplicateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CallDuplicateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(2)
        self.codeLabel = QLabel(CallDuplicateDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(CallDuplicateDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.formLayout.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.codeError = QLabel(CallDuplicateDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setStyleSheet(u"color: #b3261e;")
        self.codeError.setWordWrap(True)

        self.formLayout.addWidget(self.codeError, 1, 1, 1, 1)

        self.yearLabel = QLabel(CallDuplicateDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.addWidget(self.yearLabel, 2, 0, 1, 1)

        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearSpin = QSpinBox(CallDuplicateDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimumSize(QSize(90, 0))
        self.yearSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearLayout.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.formLayout.addLayout(self.yearLayout, 2, 1, 1, 1)

        self.yearError = QLabel(CallDuplicateDialog)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setStyleSheet(u"color: #b3261e;")
        self.yearError.setWordWrap(True)

        self.formLayout.addWidget(self.yearError, 3, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(CallDuplicateDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.verticalSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(CallDuplicateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CallDuplicateDialog)

        QMetaObject.connectSlotsByName(CallDuplicateDialog)
    # setupUi

    def retranslateUi(self, CallDuplicateDialog):
        CallDuplicateDialog.setWindowTitle(QCoreApplication.translate("CallDuplicateDialog", u"Duplicate call", None))
        self.codeLabel.setText(QCoreApplication.translate("CallDuplicateDialog", u"New code", None))
        self.yearLabel.setText(QCoreApplication.translate("CallDuplicateDialog", u"Year", None))
    # retranslateUi

