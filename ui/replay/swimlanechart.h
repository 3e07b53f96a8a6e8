// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayindex.h"

#include <QPixmap>
#include <QWidget>

namespace Warroom {

/// The incident over time, one labelled lane per kind of thing (DESIGN §9): status bands, severity bands,
/// key moments (pins, approvals, gated steps), runbook steps, chat posts and alerts. A cursor marks the
/// replayed moment and what came after it steps back; a click or a drag asks to replay another moment.
/// Drawn with QPainter from the palette, so it reads in light and dark themes; every mark has a tooltip.
/// Lanes get thinner when the window is short (it must fit a 1280×800 screen beside the incident view).
class SwimlaneChart : public QWidget
{
    Q_OBJECT
public:
    enum class Lane { Status, Severity, Moments, Runbook, Chat, Alerts };
    static constexpr int LaneCount = 6;

    explicit SwimlaneChart(QWidget *parent = nullptr);
    ~SwimlaneChart() override;

    /// Draws @p incident of @p index over its span (nullptr or an unknown incident: nothing). Reads the
    /// index once; call again when it grew.
    void setData(const ReplayIndex *index, const QString &incident);
    void setCursorTime(const QDateTime &time);
    [[nodiscard]] QDateTime cursorTime() const;

    /// The moment under x (clamped to the span), and the x of a moment: for clicks, and for tests.
    [[nodiscard]] QDateTime timeAt(int x) const;
    [[nodiscard]] int xOf(const QDateTime &time) const;
    /// The vertical middle of @p lane.
    [[nodiscard]] int laneCenter(Lane lane) const;
    /// How many marks the lane holds (bands for status and severity).
    [[nodiscard]] int markCount(Lane lane) const;
    /// The translated name of @p lane, as its label says it.
    [[nodiscard]] static QString laneName(Lane lane);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The person clicked or dragged to @p time, or moved with the keyboard.
    void timeRequested(const QDateTime &time);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Band
    {
        qint64 from;
        int value; // Status or Severity
    };
    enum class Shape { Dot, Ring, Diamond, Square, Up, Down, Cross };
    struct Mark
    {
        qint64 ms;
        Lane lane;
        Shape shape;
        QColor color;
        QString text;
    };

    [[nodiscard]] int laneHeight() const;
    [[nodiscard]] int axisHeight() const;
    [[nodiscard]] int labelWidth() const;
    [[nodiscard]] QRect plotRect() const;
    [[nodiscard]] QRect laneRect(Lane lane) const;
    [[nodiscard]] int xOfMs(qint64 ms) const;
    [[nodiscard]] qint64 msAt(int x) const;
    [[nodiscard]] QString toolTipAt(const QPoint &pos) const;
    /// Everything but the cursor: lanes, bands, marks and axis. It changes with the data, the size and the
    /// palette, not with the cursor, so it is drawn once into m_layer and a scrub repaints only the cursor.
    void paintLayer(QPainter &painter) const;
    void paintBands(QPainter &painter, Lane lane, const QList<Band> &bands) const;
    void paintMark(QPainter &painter, const Mark &mark) const;
    void paintAxis(QPainter &painter) const;
    void updateAccessibleDescription();

    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_cursor = 0;
    bool m_hasData = false;
    QList<Band> m_status;
    QList<Band> m_severity;
    QList<Mark> m_marks; // sorted by time
    QPixmap m_layer; // paintLayer()'s output; null when it must be drawn again
};

} // namespace Warroom
