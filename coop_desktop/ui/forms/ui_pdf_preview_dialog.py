# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 960)
        self.mainLayout = QVBoxLayout(PdfPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.fitWidthButton = QPushButton(PdfPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setAutoDefault(False)
        self.fitWidthButton.setCheckable(True)

        self.toolbarLayout.addWidget(self.fitWidthButton)

        self.zoomOutButton = QToolButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PdfPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(48, 0))
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbarLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.toolbarLayout.addWidget(self.zoomInButton)

        self.toolbarSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.previousButton = QToolButton(PdfPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setArrowType(Qt.ArrowType.UpArrow)

        self.toolbarLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(PdfPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(110, 0))
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbarLayout.addWidget(self.pageLabel)

        self.nextButton = QToolButton(PdfPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setArrowType(Qt.ArrowType.DownArrow)

        self.toolbarLayout.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.toolbarLayout)

        self.pdfView = QPdfView(PdfPreviewDialog)
        self.pdfView.setObjectName(u"pdfView")

        self.mainLayout.addWidget(self.pdfView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.saveButton)

        self.messageLabel = QLabel(PdfPreviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionsLayout.addWidget(self.messageLabel)

        self.actionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.buttonBox = QDialogButtonBox(PdfPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionsLayout.addWidget(self.buttonBox)

        self.actionsLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.actionsLayout)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.pdfView, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Preview", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Show the pages as wide as the window", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Fit &width", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Next page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Print the document (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Save the PDF as it is shown (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save\u2026", None))
    # retranslateUi

