// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"
#include "timelinemodel.h"

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

class QTextLayout;

namespace Warroom {

class ThumbnailCache;

/// Draws one timeline entry as a row: time, a kind badge (colour and a word), who, and the text wrapped to
/// the view's width. Retracted entries are struck through with the reason below, never hidden; pinned ones
/// carry a pin and an accent strip; edited ones say so; attached images show a thumbnail; text pasted from a
/// terminal keeps its columns in the fixed-width font. A date header opens each day when the incident spans
/// several. Row heights are cached per entry, so laying out 100,000 rows measures each text once.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Rows show at most this many lines of text; the entry dialog shows the rest.
    static constexpr int MaxTextLines = 30;

    explicit TimelineDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);
    ~TimelineDelegate() override;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Times in UTC instead of local time.
    void setUtc(bool utc);
    [[nodiscard]] bool isUtc() const { return m_utc; }
    /// Date headers at the first entry of each day (for incidents that span several days).
    void setShowDates(bool show);
    [[nodiscard]] bool showDates() const { return m_showDates; }
    /// Forgets the measured height of @p index's entry (its text or flags changed).
    void entryChanged(const QModelIndex &index);
    /// Forgets every measured height and the fonts (after a font or style change).
    void clearCache();

Q_SIGNALS:
    /// Row heights changed: the view should lay its rows out again. (Not sizeHintChanged, on which item
    /// views lay out all rows at once, even while hidden at a meaningless width; TimelineView::relayout
    /// coalesces.)
    void measurementsChanged();

private:
    struct Fonts
    {
        QFont text;
        QFont bold;
        QFont small;
        QFont fixed;
    };
    struct Columns
    {
        int time = 0;
        int badge = 0;
        int actor = 0;
        int edited = 0; // the "edited" marker
        int pending = 0; // the "sending" marker
        int lineHeight = 0;
        int averageChar = 0;
    };
    struct Measured
    {
        quint32 revision = 0; // changes with edits, retraction and pin
        int naturalWidth = -1; // one plain line: its width; -1 = must be laid out
        int width = -1; // the text width the heights below were measured at
        int textHeight = 0;
        int retractHeight = 0;
        bool monospace = false;
        bool truncated = false; // more than MaxTextLines lines
    };
    struct Layout;

    /// Derives the fonts and column widths from the view's font (once, until clearCache()).
    void ensureFonts(const QFont &font) const;
    [[nodiscard]] Layout layout(
        const QStyleOptionViewItem &option, const TimelineModel::RowEntries &row) const;
    [[nodiscard]] const Measured &measure(const TimelineEntry &entry, bool pending, int textWidth) const;
    /// A width at least that of @p text on one line, summed from a table of advances without shaping;
    /// -1 when the text has characters outside the table.
    [[nodiscard]] qreal estimateWidth(const QString &text) const;
    [[nodiscard]] bool startsDay(const TimelineModel::RowEntries &row) const;
    /// @p at as shown (local time or UTC), in milliseconds since the epoch of that clock.
    [[nodiscard]] qint64 shownMSecs(const QDateTime &at) const;
    [[nodiscard]] QDate shownDay(const QDateTime &at) const;
    [[nodiscard]] QString shownTime(const QDateTime &at) const;
    [[nodiscard]] static int viewWidth(const QStyleOptionViewItem &option);
    [[nodiscard]] QString displayText(const TimelineEntry &entry) const;
    [[nodiscard]] QString retractText(const TimelineEntry &entry) const;
    [[nodiscard]] bool hasThumbnail(const TimelineEntry &entry) const;
    [[nodiscard]] int markersWidth(const TimelineEntry &entry, bool pending) const;
    static int layoutText(QTextLayout &textLayout, int width, int maxLines);
    void drawBadge(QPainter *painter, const QRect &rect, NoteKind kind, const QPalette &palette) const;
    void drawMarkers(QPainter *painter, const QRect &rect, const TimelineEntry &entry, bool pending,
        const QColor &color, const QPalette &palette) const;
    static void drawPin(QPainter *painter, const QRectF &rect, const QColor &color);

    QPointer<ThumbnailCache> m_thumbnails;
    bool m_utc = false;
    bool m_showDates = false;
    mutable bool m_haveFonts = false;
    mutable Fonts m_fonts;
    mutable Columns m_columns;
    // Keyed by seq (unique in the log, cheaper to hash than the id); entries not stored yet (pending, seq 0)
    // by id.
    mutable QHash<qint64, Measured> m_measured;
    mutable QHash<QString, Measured> m_measuredPending;
    mutable QList<qreal> m_advances; // advance of each character below AdvanceTableSize, -1 = unknown
    mutable QHash<qint64, int> m_localOffsets; // quarter-hour since the epoch → seconds east of UTC
};

} // namespace Warroom
