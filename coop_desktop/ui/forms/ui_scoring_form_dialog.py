# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scoring_form_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ScoringFormDialog(object):
    def setupUi(self, ScoringFormDialog):
        if not ScoringFormDialog.objectName():
            ScoringFormDialog.setObjectName(u"ScoringFormDialog")
        ScoringFormDialog.resize(1040, 760)
        self.mainLayout = QVBoxLayout(ScoringFormDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QFormLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.headerLayout.setVerticalSpacing(3)
        self.callCaption = QLabel(ScoringFormDialog)
        self.callCaption.setObjectName(u"callCaption")

        self.headerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callCaption)

        self.callValue = QLabel(ScoringFormDialog)
        self.callValue.setObjectName(u"callValue")
        self.callValue.setWordWrap(True)
        self.callValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.callValue)

        self.applicationCaption = QLabel(ScoringFormDialog)
        self.applicationCaption.setObjectName(u"applicationCaption")

        self.headerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicationCaption)

        self.applicationValue = QLabel(ScoringFormDialog)
        self.applicationValue.setObjectName(u"applicationValue")
        self.applicationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicationValue)

        self.titleCaption = QLabel(ScoringFormDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.headerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleValue = QLabel(ScoringFormDialog)
        self.titleValue.setObjectName(u"titleValue")
        self.titleValue.setStyleSheet(u"font-weight: bold;")
        self.titleValue.setWordWrap(True)
        self.titleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleValue)

        self.leadCaption = QLabel(ScoringFormDialog)
        self.leadCaption.setObjectName(u"leadCaption")

        self.headerLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leadCaption)

        self.leadValue = QLabel(ScoringFormDialog)
        self.leadValue.setObjectName(u"leadValue")
        self.leadValue.setWordWrap(True)
        self.leadValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leadValue)

        self.partnersCaption = QLabel(ScoringFormDialog)
        self.partnersCaption.setObjectName(u"partnersCaption")

        self.headerLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partnersCaption)

        self.partnersValue = QLabel(ScoringFormDialog)
        self.partnersValue.setObjectName(u"partnersValue")
        self.partnersValue.setWordWrap(True)
        self.partnersValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partnersValue)

        self.evaluatorCaption = QLabel(ScoringFormDialog)
        self.evaluatorCaption.setObjectName(u"evaluatorCaption")

        self.headerLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.evaluatorCaption)

        self.evaluatorValue = QLabel(ScoringFormDialog)
        self.evaluatorValue.setObjectName(u"evaluatorValue")
        self.evaluatorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.evaluatorValue)

        self.statusCaption = QLabel(ScoringFormDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.headerLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(ScoringFormDialog)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setWordWrap(True)
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusValue)


        self.mainLayout.addLayout(self.headerLayout)

        self.bannerLabel = QLabel(ScoringFormDialog)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.bannerLabel)

        self.bodyStack = QStackedWidget(ScoringFormDialog)
        self.bodyStack.setObjectName(u"bodyStack")
        self.declarationPage = QWidget()
        self.declarationPage.setObjectName(u"declarationPage")
        self.declarationPageLayout = QVBoxLayout(self.declarationPage)
        self.declarationPageLayout.setObjectName(u"declarationPageLayout")
        self.declarationPageLayout.setContentsMargins(0, -1, 0, -1)
        self.declarationBox = QGroupBox(self.declarationPage)
        self.declarationBox.setObjectName(u"declarationBox")
        self.declarationLayout = QVBoxLayout(self.declarationBox)
        self.declarationLayout.setObjectName(u"declarationLayout")
        self.declarationIntro = QLabel(self.declarationBox)
        self.declarationIntro.setObjectName(u"declarationIntro")
        self.declarationIntro.setWordWrap(True)

        self.declarationLayout.addWidget(self.declarationIntro)

        self.declarationText = QLabel(self.declarationBox)
        self.declarationText.setObjectName(u"declarationText")
        self.declarationText.setStyleSheet(u"background: #f6f7f9; border: 1px solid #d0d4da; padding: 10px;")
        self.declarationText.setWordWrap(True)
        self.declarationText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.declarationLayout.addWidget(self.declarationText)

        self.conflictNoteLabel = QLabel(self.declarationBox)
        self.conflictNoteLabel.setObjectName(u"conflictNoteLabel")
        self.conflictNoteLabel.setWordWrap(True)

        self.declarationLayout.addWidget(self.conflictNoteLabel)

        self.conflictNoteEdit = QPlainTextEdit(self.declarationBox)
        self.conflictNoteEdit.setObjectName(u"conflictNoteEdit")
        self.conflictNoteEdit.setMaximumSize(QSize(16777215, 80))
        self.conflictNoteEdit.setTabChangesFocus(True)

        self.declarationLayout.addWidget(self.conflictNoteEdit)

        self.declarationError = QLabel(self.declarationBox)
        self.declarationError.setObjectName(u"declarationError")
        self.declarationError.setStyleSheet(u"color: #b3261e;")
        self.declarationError.setWordWrap(True)

        self.declarationLayout.addWidget(self.declarationError)

        self.declarationButtons = QHBoxLayout()
        self.declarationButtons.setObjectName(u"declarationButtons")
        self.noConflictButton = QPushButton(self.declarationBox)
        self.noConflictButton.setObjectName(u"noConflictButton")

        self.declarationButtons.addWidget(self.noConflictButton)

        self.conflictButton = QPushButton(self.declarationBox)
        self.conflictButton.setObjectName(u"conflictButton")

        self.declarationButtons.addWidget(self.conflictButton)

        self.declarationSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.declarationButtons.addItem(self.declarationSpacer)


        self.declarationLayout.addLayout(self.declarationButtons)


        self.declarationPageLayout.addWidget(self.declarationBox)

        self.declarationPageSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.declarationPageLayout.addItem(self.declarationPageSpacer)

        self.bodyStack.addWidget(self.declarationPage)
        self.scoringPage = QWidget()
        self.scoringPage.setObjectName(u"scoringPage")
        self.scoringPageLayout = QVBoxLayout(self.scoringPage)
        self.scoringPageLayout.setObjectName(u"scoringPageLayout")
        self.scoringPageLayout.setContentsMargins(0, -1, 0, -1)
        self.summaryBox = QGroupBox(self.scoringPage)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryEdit = QPlainTextEdit(self.summaryBox)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 110))
        self.summaryEdit.setReadOnly(True)

        self.summaryLayout.addWidget(self.summaryEdit)

        self.amountsLabel = QLabel(self.summaryBox)
        self.amountsLabel.setObjectName(u"amountsLabel")
        self.amountsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.amountsLabel)


        self.scoringPageLayout.addWidget(self.summaryBox)

        self.criteriaBox = QGroupBox(self.scoringPage)
        self.criteriaBox.setObjectName(u"criteriaBox")
        self.criteriaBoxLayout = QVBoxLayout(self.criteriaBox)
        self.criteriaBoxLayout.setObjectName(u"criteriaBoxLayout")
        self.criteriaHint = QLabel(self.criteriaBox)
        self.criteriaHint.setObjectName(u"criteriaHint")
        self.criteriaHint.setWordWrap(True)

        self.criteriaBoxLayout.addWidget(self.criteriaHint)

        self.criteriaScroll = QScrollArea(self.criteriaBox)
        self.criteriaScroll.setObjectName(u"criteriaScroll")
        self.criteriaScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.criteriaScroll.setWidgetResizable(True)
        self.criteriaWidget = QWidget()
        self.criteriaWidget.setObjectName(u"criteriaWidget")
        self.criteriaWidget.setGeometry(QRect(0, 0, 980, 300))
        self.criteriaLayout = QGridLayout(self.criteriaWidget)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setContentsMargins(0, 0, 0, 0)
        self.criteriaScroll.setWidget(self.criteriaWidget)

        self.criteriaBoxLayout.addWidget(self.criteriaScroll)

        self.totalLayout = QHBoxLayout()
        self.totalLayout.setObjectName(u"totalLayout")
        self.problemsLabel = QLabel(self.criteriaBox)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setStyleSheet(u"color: #b3261e;")
        self.problemsLabel.setWordWrap(True)

        self.totalLayout.addWidget(self.problemsLabel)

        self.totalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalLayout.addItem(self.totalSpacer)

        self.totalLabel = QLabel(self.criteriaBox)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.totalLayout.addWidget(self.totalLabel)

        self.totalLayout.setStretch(0, 1)

        self.criteriaBoxLayout.addLayout(self.totalLayout)


        self.scoringPageLayout.addWidget(self.criteriaBox)

        self.scoringPageLayout.setStretch(1, 1)
        self.bodyStack.addWidget(self.scoringPage)

        self.mainLayout.addWidget(self.bodyStack)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.reopenButton = QPushButton(ScoringFormDialog)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.reopenButton)

        self.buttonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ScoringFormDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.submitButton = QPushButton(ScoringFormDialog)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.submitButton)

        self.closeButton = QPushButton(ScoringFormDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.conflictNoteLabel.setBuddy(self.conflictNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.conflictNoteEdit, self.noConflictButton)
        QWidget.setTabOrder(self.noConflictButton, self.conflictButton)
        QWidget.setTabOrder(self.conflictButton, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.criteriaScroll)
        QWidget.setTabOrder(self.criteriaScroll, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.closeButton)

        self.retranslateUi(ScoringFormDialog)

        QMetaObject.connectSlotsByName(ScoringFormDialog)
    # setupUi

    def retranslateUi(self, ScoringFormDialog):
        ScoringFormDialog.setWindowTitle(QCoreApplication.translate("ScoringFormDialog", u"Scoring form", None))
        self.callCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Call:", None))
        self.applicationCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Application:", None))
        self.titleCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Title:", None))
        self.leadCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Lead applicant:", None))
        self.partnersCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Partners:", None))
        self.evaluatorCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Evaluator:", None))
        self.statusCaption.setText(QCoreApplication.translate("ScoringFormDialog", u"Status:", None))
        self.declarationBox.setTitle(QCoreApplication.translate("ScoringFormDialog", u"Declaration on conflicts of interest", None))
        self.conflictNoteLabel.setText(QCoreApplication.translate("ScoringFormDialog", u"If you have a conflict of interest, describe it (with whom and why):", None))
        self.conflictNoteEdit.setPlaceholderText(QCoreApplication.translate("ScoringFormDialog", u"e.g. I am a member of the lead applicant's board", None))
        self.noConflictButton.setText(QCoreApplication.translate("ScoringFormDialog", u"I declare &no conflict of interest", None))
        self.conflictButton.setText(QCoreApplication.translate("ScoringFormDialog", u"I declare a &conflict\u2026", None))
        self.summaryBox.setTitle(QCoreApplication.translate("ScoringFormDialog", u"Summary of the project", None))
        self.criteriaBox.setTitle(QCoreApplication.translate("ScoringFormDialog", u"Scores", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ScoringFormDialog", u"Take the submitted form back to draft, with a written reason (logged)", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ScoringFormDialog", u"&Reopen\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ScoringFormDialog", u"Keep what you wrote, to go on later; a draft may be incomplete", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ScoringFormDialog", u"Save &draft", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("ScoringFormDialog", u"Send the complete form to the office: after that it cannot be changed", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("ScoringFormDialog", u"&Submit\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ScoringFormDialog", u"Close", None))
    # retranslateUi

