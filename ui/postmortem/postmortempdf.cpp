// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortempdf.h"

#include "postmortemhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>

namespace Warroom {

namespace {
constexpr qreal marginMm = 18;
constexpr qreal footerMm = 8; // below the text, inside the bottom margin
constexpr int resolution = 300; // dots per inch: fine for text, small files
constexpr qreal sourceDpi = 96; // the unit of px in the document's stylesheet

qreal mmToDevice(qreal mm)
{
    return mm / 25.4 * resolution;
}
} // namespace

PostmortemPdf::PostmortemPdf() = default;

PostmortemPdf::~PostmortemPdf()
{
    cancel();
}

std::unique_ptr<QTextDocument> PostmortemPdf::document(const PostmortemDraft &draft)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    // No ligatures: an "ﬁ" glyph in a PDF is not read as "fi" by search, copy-paste or pdftotext.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(PostmortemHtml::styleSheet(PostmortemHtml::Flavor::RichText));
    document->setHtml(PostmortemHtml::render(draft, PostmortemHtml::Flavor::RichText));
    document->setMetaInformation(QTextDocument::DocumentTitle, draft.text(PostmortemDraft::Section::Title));
    return document;
}

bool PostmortemPdf::begin(const PostmortemDraft &draft, const QString &path, Error *error)
{
    cancel();
    m_title = draft.text(PostmortemDraft::Section::Title);
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = Error::store(QStringLiteral("cannot write %1: %2").arg(path, m_file->errorString()));
        m_file.reset();
        return false;
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setResolution(resolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    m_writer->setTitle(m_title);
    m_writer->setCreator(QStringLiteral("Warroom"));

    m_document = document(draft);
    // Lay the document out for the PDF: fonts measured at its resolution, lengths in px scaled from 96 dpi,
    // the page margins as the root frame's (as QTextDocument::print does).
    m_document->documentLayout()->setPaintDevice(m_writer.get());
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    const qreal margin = marginMm / 25.4 * sourceDpi;
    frame.setLeftMargin(margin);
    frame.setRightMargin(margin);
    frame.setTopMargin(margin);
    frame.setBottomMargin(margin);
    m_document->rootFrame()->setFrameFormat(frame);
    m_body = QRectF(0, 0, m_writer->width(), m_writer->height());
    m_document->setPageSize(m_body.size());
    m_footerY = m_body.height() - mmToDevice(marginMm - footerMm);
    m_pageCount = m_document->pageCount();
    m_pagesDone = 0;

    if (!m_painter.begin(m_writer.get())) {
        if (error)
            *error = Error::store(QStringLiteral("cannot start a PDF in %1").arg(path));
        cancel();
        return false;
    }
    return true;
}

bool PostmortemPdf::renderNextPage()
{
    if (!m_painter.isActive() || isDone())
        return false;
    if (m_pagesDone > 0)
        m_writer->newPage();
    const int index = m_pagesDone;
    m_painter.save();
    m_painter.translate(0, -index * m_body.height());
    const QRectF view(0, index * m_body.height(), m_body.width(), m_body.height());
    m_painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black); // paper is white, whatever the desktop theme
    m_document->documentLayout()->draw(&m_painter, context);
    m_painter.restore();

    // The foot of the page: what this is, and where in it we are.
    m_painter.save();
    QFont small = m_document->defaultFont();
    small.setPointSizeF(8);
    m_painter.setFont(small);
    m_painter.setPen(QColor(0x6e, 0x6e, 0x73));
    const qreal side = mmToDevice(marginMm);
    const QRectF foot(side, m_footerY, m_body.width() - 2 * side, mmToDevice(footerMm));
    const QString page = QStringLiteral("%1 / %2").arg(index + 1).arg(m_pageCount);
    m_painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, page);
    const QFontMetricsF metrics(small, m_writer.get());
    const qreal titleWidth = foot.width() - metrics.horizontalAdvance(page) - mmToDevice(6);
    m_painter.drawText(
        foot, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(m_title, Qt::ElideRight, titleWidth));
    m_painter.restore();

    ++m_pagesDone;
    return true;
}

bool PostmortemPdf::finish(Error *error)
{
    while (renderNextPage()) { }
    const bool painted = m_painter.isActive() && m_painter.end();
    m_writer.reset();
    const bool ok = painted && m_file && m_file->commit();
    if (!ok && error)
        *error = Error::store(QStringLiteral("cannot write the PDF %1: %2")
                                  .arg(m_file ? m_file->fileName() : QString(),
                                      m_file ? m_file->errorString() : QStringLiteral("not started")));
    m_file.reset();
    m_document.reset();
    return ok;
}

void PostmortemPdf::cancel()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_document.reset();
    m_pageCount = 0;
    m_pagesDone = 0;
}

bool PostmortemPdf::write(const PostmortemDraft &draft, const QString &path, Error *error)
{
    PostmortemPdf pdf;
    return pdf.begin(draft, path, error) && pdf.finish(error);
}

} // namespace Warroom
