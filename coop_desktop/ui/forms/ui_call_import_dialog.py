# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_import_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CallImportDialog(object):
    def setupUi(self, CallImportDialog):
        if not CallImportDialog.objectName():
            CallImportDialog.setObjectName(u"CallImportDialog")
        CallImportDialog.resize(700, 460)
        self.mainLayout = QVBoxLayout(CallImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(CallImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(CallImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.errorsLabel = QLabel(CallImportDialog)
        self.errorsLabel.setObjectName(u"errorsLabel")
        self.errorsLabel.setWordWrap(True)
        self.errorsLabel.setStyleSheet(u"color: #b3261e; font-weight: bold;")

        self.mainLayout.addWidget(self.errorsLabel)

        self.errorsList = QListWidget(CallImportDialog)
        self.errorsList.setObjectName(u"errorsList")
        self.errorsList.setAlternatingRowColors(True)
        self.errorsList.setWordWrap(True)

        self.mainLayout.addWidget(self.errorsList)

        self.noteLabel = QLabel(CallImportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(CallImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CallImportDialog)

        QMetaObject.connectSlotsByName(CallImportDialog)
    # setupUi

    def retranslateUi(self, CallImportDialog):
        CallImportDialog.setWindowTitle(QCoreApplication.translate("CallImportDialog", u"Import a call from Excel", None))
    # retranslateUi

