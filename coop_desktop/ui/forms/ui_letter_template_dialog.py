# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_template_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_LetterTemplateDialog(object):
    def setupUi(self, LetterTemplateDialog):
        if not LetterTemplateDialog.objectName():
            LetterTemplateDialog.setObjectName(u"LetterTemplateDialog")
        LetterTemplateDialog.resize(1180, 760)
        self.mainLayout = QVBoxLayout(LetterTemplateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(LetterTemplateDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(LetterTemplateDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(360, 0))

        self.kindLayout.addWidget(self.kindCombo)

        self.statusLabel = QLabel(LetterTemplateDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #5f6368;")

        self.kindLayout.addWidget(self.statusLabel)

        self.kindSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.mainLayout.addLayout(self.kindLayout)

        self.splitter = QSplitter(LetterTemplateDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.editorPane)
        self.titleLabel.setObjectName(u"titleLabel")

        self.editorLayout.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(self.editorPane)
        self.titleEdit.setObjectName(u"titleEdit")

        self.editorLayout.addWidget(self.titleEdit)

        self.bodyLabel = QLabel(self.editorPane)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.editorLayout.addWidget(self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(self.editorPane)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.bodyEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.bodyEdit)

        self.markupLabel = QLabel(self.editorPane)
        self.markupLabel.setObjectName(u"markupLabel")
        self.markupLabel.setStyleSheet(u"color: #5f6368;")
        self.markupLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.markupLabel)

        self.errorLabel = QLabel(self.editorPane)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.errorLabel)

        self.splitter.addWidget(self.editorPane)
        self.fieldsPane = QWidget(self.splitter)
        self.fieldsPane.setObjectName(u"fieldsPane")
        self.fieldsLayout = QVBoxLayout(self.fieldsPane)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsLabel = QLabel(self.fieldsPane)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.fieldsLayout.addWidget(self.fieldsLabel)

        self.fieldsList = QListWidget(self.fieldsPane)
        self.fieldsList.setObjectName(u"fieldsList")
        self.fieldsList.setAlternatingRowColors(True)
        self.fieldsList.setWordWrap(True)

        self.fieldsLayout.addWidget(self.fieldsList)

        self.splitter.addWidget(self.fieldsPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewSourceLayout = QHBoxLayout()
        self.previewSourceLayout.setObjectName(u"previewSourceLayout")
        self.previewLabel = QLabel(self.previewPane)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewSourceLayout.addWidget(self.previewLabel)

        self.previewCombo = QComboBox(self.previewPane)
        self.previewCombo.setObjectName(u"previewCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.previewCombo.sizePolicy().hasHeightForWidth())
        self.previewCombo.setSizePolicy(sizePolicy)

        self.previewSourceLayout.addWidget(self.previewCombo)


        self.previewLayout.addLayout(self.previewSourceLayout)

        self.previewBrowser = QTextBrowser(self.previewPane)
        self.previewBrowser.setObjectName(u"previewBrowser")
        self.previewBrowser.setOpenLinks(False)

        self.previewLayout.addWidget(self.previewBrowser)

        self.splitter.addWidget(self.previewPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(LetterTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.fieldsLabel.setBuddy(self.fieldsList)
        self.previewLabel.setBuddy(self.previewCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.fieldsList)
        QWidget.setTabOrder(self.fieldsList, self.previewCombo)
        QWidget.setTabOrder(self.previewCombo, self.previewBrowser)

        self.retranslateUi(LetterTemplateDialog)

        QMetaObject.connectSlotsByName(LetterTemplateDialog)
    # setupUi

    def retranslateUi(self, LetterTemplateDialog):
        LetterTemplateDialog.setWindowTitle(QCoreApplication.translate("LetterTemplateDialog", u"Letter templates", None))
        self.kindLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Letter", None))
        self.titleLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Subject", None))
        self.bodyLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Text of the letter", None))
        self.markupLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"A blank line starts a new paragraph and a line break starts a new line; **text** is bold; a line starting with \"- \" is an item of a bulleted list; a paragraph starting with \">> \" goes to the right-hand column (address, signature); {{ field }} prints a field of the list.", None))
        self.fieldsLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Fields (double-click to insert)", None))
        self.previewLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Preview with", None))
    # retranslateUi

