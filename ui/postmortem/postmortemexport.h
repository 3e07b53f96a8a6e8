// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postmortemdraft.h"

#include <QObject>

#include <memory>

namespace Warroom {

class PostmortemPdf;

/// Writes a postmortem to a file without freezing the window: the work is cut into steps (the PDF one page
/// per step) run from the event loop, with progress() after each. Files are replaced atomically: a cancelled
/// or failed export leaves the previous file as it was.
class PostmortemExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Pdf };

    PostmortemExport(
        const PostmortemDraft &draft, Format format, const QString &path, QObject *parent = nullptr);
    ~PostmortemExport() override;

    [[nodiscard]] Format format() const { return m_format; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Starts on the next turn of the event loop; finished() follows, always.
    void start();
    /// Stops after the current step; finished(false, "") follows.
    void cancel();

    /// The file name suffix ("md", "html", "pdf").
    [[nodiscard]] static QString suffix(Format format);
    /// Writes at once, without an event loop.
    static bool writeNow(const PostmortemDraft &draft, Format format, const QString &path, Error *error);

Q_SIGNALS:
    void progress(int done, int total);
    /// @p error is empty when it worked or was cancelled.
    void finished(bool ok, const QString &error);

private:
    void step();
    void finish(bool ok, const QString &error);

    PostmortemDraft m_draft;
    Format m_format;
    QString m_path;
    std::unique_ptr<PostmortemPdf> m_pdf;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Warroom
