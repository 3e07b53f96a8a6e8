// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postmortemdraft.h"

#include <QPainter>

#include <memory>

class QPdfWriter;
class QSaveFile;
class QTextDocument;

namespace Warroom {

/// The postmortem as a PDF (A4): the HTML export (its QTextDocument flavor) laid out by QTextDocument and
/// painted page by page through QPdfWriter, with the title and "page N of M" at the foot of each page.
/// Rendering one page at a time lets the caller keep the UI responsive and show progress
/// (PostmortemExport); write() does it all at once.
class PostmortemPdf
{
public:
    PostmortemPdf();
    ~PostmortemPdf();
    PostmortemPdf(const PostmortemPdf &) = delete;
    PostmortemPdf &operator=(const PostmortemPdf &) = delete;

    /// Lays out @p draft and opens @p path for writing. False with @p error when the file cannot be written.
    bool begin(const PostmortemDraft &draft, const QString &path, Error *error);
    [[nodiscard]] int pageCount() const { return m_pageCount; }
    [[nodiscard]] int pagesDone() const { return m_pagesDone; }
    [[nodiscard]] bool isDone() const { return m_pagesDone >= m_pageCount; }
    /// Paints the next page; false when every page is done already.
    bool renderNextPage();
    /// Finishes the PDF and replaces the file atomically. False with @p error on failure.
    bool finish(Error *error);
    /// Drops the half-written file; the one at the path (if any) stays as it was.
    void cancel();

    /// begin(), every page, finish().
    static bool write(const PostmortemDraft &draft, const QString &path, Error *error);

    /// The document as it is printed, laid out for @p device (a QPdfWriter or a widget).
    [[nodiscard]] static std::unique_ptr<QTextDocument> document(const PostmortemDraft &draft);

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QTextDocument> m_document;
    QPainter m_painter;
    QString m_title;
    QRectF m_body; // one page of the document, in device pixels
    qreal m_footerY = 0;
    int m_pageCount = 0;
    int m_pagesDone = 0;
};

} // namespace Warroom
