# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consensus_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ConsensusDialog(object):
    def setupUi(self, ConsensusDialog):
        if not ConsensusDialog.objectName():
            ConsensusDialog.setObjectName(u"ConsensusDialog")
        ConsensusDialog.resize(1100, 640)
        self.mainLayout = QVBoxLayout(ConsensusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ConsensusDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.headerLabel.setFont(font)
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.introLabel = QLabel(ConsensusDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.countLabel = QLabel(ConsensusDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.divergencesTable = QTableView(ConsensusDialog)
        self.divergencesTable.setObjectName(u"divergencesTable")
        self.divergencesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.divergencesTable.setAlternatingRowColors(True)
        self.divergencesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.divergencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.divergencesTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.divergencesTable.setWordWrap(False)
        self.divergencesTable.horizontalHeader().setHighlightSections(False)
        self.divergencesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.divergencesTable)

        self.editBox = QGroupBox(ConsensusDialog)
        self.editBox.setObjectName(u"editBox")
        self.editLayout = QGridLayout(self.editBox)
        self.editLayout.setObjectName(u"editLayout")
        self.selectedLabel = QLabel(self.editBox)
        self.selectedLabel.setObjectName(u"selectedLabel")
        self.selectedLabel.setWordWrap(True)
        self.selectedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editLayout.addWidget(self.selectedLabel, 0, 0, 1, 3)

        self.pointsLabel = QLabel(self.editBox)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.editLayout.addWidget(self.pointsLabel, 1, 0, 1, 1)

        self.pointsEdit = QLineEdit(self.editBox)
        self.pointsEdit.setObjectName(u"pointsEdit")
        self.pointsEdit.setMaximumSize(QSize(110, 16777215))
        self.pointsEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.editLayout.addWidget(self.pointsEdit, 1, 1, 1, 1)

        self.maxLabel = QLabel(self.editBox)
        self.maxLabel.setObjectName(u"maxLabel")

        self.editLayout.addWidget(self.maxLabel, 1, 2, 1, 1)

        self.reasonLabel = QLabel(self.editBox)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.editLayout.addWidget(self.reasonLabel, 2, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(self.editBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))
        self.reasonEdit.setTabChangesFocus(True)

        self.editLayout.addWidget(self.reasonEdit, 2, 1, 1, 2)

        self.errorLabel = QLabel(self.editBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.editLayout.addWidget(self.errorLabel, 3, 1, 1, 2)

        self.editButtonsLayout = QHBoxLayout()
        self.editButtonsLayout.setObjectName(u"editButtonsLayout")
        self.recordButton = QPushButton(self.editBox)
        self.recordButton.setObjectName(u"recordButton")

        self.editButtonsLayout.addWidget(self.recordButton)

        self.removeButton = QPushButton(self.editBox)
        self.removeButton.setObjectName(u"removeButton")

        self.editButtonsLayout.addWidget(self.removeButton)

        self.editSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtonsLayout.addItem(self.editSpacer)


        self.editLayout.addLayout(self.editButtonsLayout, 4, 1, 1, 2)

        self.editLayout.setColumnStretch(2, 1)

        self.mainLayout.addWidget(self.editBox)

        self.readOnlyLabel = QLabel(ConsensusDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setStyleSheet(u"color: #5f6368;")
        self.readOnlyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.readOnlyLabel)

        self.buttonBox = QDialogButtonBox(ConsensusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.pointsLabel.setBuddy(self.pointsEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.divergencesTable, self.pointsEdit)
        QWidget.setTabOrder(self.pointsEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.removeButton)

        self.retranslateUi(ConsensusDialog)

        QMetaObject.connectSlotsByName(ConsensusDialog)
    # setupUi

    def retranslateUi(self, ConsensusDialog):
        ConsensusDialog.setWindowTitle(QCoreApplication.translate("ConsensusDialog", u"Consensus", None))
        self.introLabel.setText(QCoreApplication.translate("ConsensusDialog", u"Criteria on which the evaluators' scores are further apart than the call's threshold. The committee may record a consensus score with its reason: it replaces the mean of that criterion in the ranking.", None))
        self.editBox.setTitle(QCoreApplication.translate("ConsensusDialog", u"Consensus score", None))
        self.pointsLabel.setText(QCoreApplication.translate("ConsensusDialog", u"&Points", None))
        self.pointsEdit.setPlaceholderText(QCoreApplication.translate("ConsensusDialog", u"e.g. 31,5", None))
        self.reasonLabel.setText(QCoreApplication.translate("ConsensusDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ConsensusDialog", u"Why the committee agreed on this score (required)", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("ConsensusDialog", u"Record the consensus score: it replaces the mean of the evaluators on this criterion", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("ConsensusDialog", u"Record &consensus", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ConsensusDialog", u"Remove the consensus score: the mean of the evaluators counts again", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ConsensusDialog", u"Re&move consensus", None))
    # retranslateUi

