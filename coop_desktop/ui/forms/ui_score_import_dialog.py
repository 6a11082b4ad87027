# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_import_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ScoreImportDialog(object):
    def setupUi(self, ScoreImportDialog):
        if not ScoreImportDialog.objectName():
            ScoreImportDialog.setObjectName(u"ScoreImportDialog")
        ScoreImportDialog.resize(900, 540)
        self.mainLayout = QVBoxLayout(ScoreImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ScoreImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setStyleSheet(u"font-weight: bold;")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(ScoreImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tableLabel = QLabel(ScoreImportDialog)
        self.tableLabel.setObjectName(u"tableLabel")
        self.tableLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.tableLabel)

        self.changesTable = QTableView(ScoreImportDialog)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setAlternatingRowColors(True)
        self.changesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.changesTable.setWordWrap(False)
        self.changesTable.horizontalHeader().setHighlightSections(False)
        self.changesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.changesTable)

        self.errorsTable = QTableView(ScoreImportDialog)
        self.errorsTable.setObjectName(u"errorsTable")
        self.errorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorsTable.setAlternatingRowColors(True)
        self.errorsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.errorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errorsTable.setWordWrap(True)
        self.errorsTable.horizontalHeader().setHighlightSections(False)
        self.errorsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.errorsTable)

        self.noteLabel = QLabel(ScoreImportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(ScoreImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ScoreImportDialog)

        QMetaObject.connectSlotsByName(ScoreImportDialog)
    # setupUi

    def retranslateUi(self, ScoreImportDialog):
        ScoreImportDialog.setWindowTitle(QCoreApplication.translate("ScoreImportDialog", u"Import scores from Excel", None))
    # retranslateUi

