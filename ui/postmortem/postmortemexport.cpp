// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemexport.h"

#include "logging.h"
#include "postmortemhtml.h"
#include "postmortemmarkdown.h"
#include "postmortempdf.h"

#include <QSaveFile>
#include <QTimer>

namespace Warroom {

namespace {
bool writeText(const QString &text, const QString &path, Error *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = Error::store(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}
} // namespace

PostmortemExport::PostmortemExport(
    const PostmortemDraft &draft, Format format, const QString &path, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_format(format)
    , m_path(path)
{ }

PostmortemExport::~PostmortemExport() = default;

QString PostmortemExport::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool PostmortemExport::writeNow(
    const PostmortemDraft &draft, Format format, const QString &path, Error *error)
{
    switch (format) {
    case Format::Markdown:
        return writeText(PostmortemMarkdown::render(draft), path, error);
    case Format::Html:
        return writeText(PostmortemHtml::render(draft), path, error);
    case Format::Pdf:
        return PostmortemPdf::write(draft, path, error);
    }
    return false;
}

void PostmortemExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, &PostmortemExport::step);
}

void PostmortemExport::cancel()
{
    m_cancelled = true;
}

void PostmortemExport::step()
{
    if (m_cancelled) {
        if (m_pdf)
            m_pdf->cancel();
        finish(false, {});
        return;
    }
    Error error;
    if (m_format != Format::Pdf) {
        // Text is quick to make: one step, then the file.
        Q_EMIT progress(0, 1);
        const bool ok = writeNow(m_draft, m_format, m_path, &error);
        Q_EMIT progress(1, 1);
        finish(ok, error.message);
        return;
    }
    if (!m_pdf) {
        // First step: lay the document out (the one step that cannot be cut).
        m_pdf = std::make_unique<PostmortemPdf>();
        if (!m_pdf->begin(m_draft, m_path, &error)) {
            finish(false, error.message);
            return;
        }
        Q_EMIT progress(0, m_pdf->pageCount() + 1);
    } else if (!m_pdf->isDone()) {
        m_pdf->renderNextPage();
        Q_EMIT progress(m_pdf->pagesDone(), m_pdf->pageCount() + 1);
    } else {
        const bool ok = m_pdf->finish(&error);
        Q_EMIT progress(m_pdf->pageCount() + 1, m_pdf->pageCount() + 1);
        finish(ok, error.message);
        return;
    }
    QTimer::singleShot(0, this, &PostmortemExport::step);
}

void PostmortemExport::finish(bool ok, const QString &error)
{
    m_pdf.reset();
    m_running = false;
    if (!ok && !error.isEmpty())
        qCWarning(lcUi) << "postmortem export to" << m_path << "failed:" << error;
    Q_EMIT finished(ok, error);
}

} // namespace Warroom
