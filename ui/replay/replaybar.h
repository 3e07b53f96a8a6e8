// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayindex.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Warroom {

class Session;

/// The replay controls (DESIGN §9), shown while the Session replays: a banner that always says which moment
/// is shown (local date and time, and T+offset from the incident's start) and that nothing can be changed,
/// a scrubber over the incident's span, play/pause (Space) at 1× to 60×, the previous and next key moment
/// (Ctrl+Left, Ctrl+Right) and Back to live (Esc). It moves the Session's replay time; the views follow
/// the Session.
class ReplayBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayBar(Session *session, QWidget *parent = nullptr);
    ~ReplayBar() override;

    /// Scrubs over @p incidentId's span and steps through its key moments (read from the Session's replay).
    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incident() const { return m_incident; }
    /// Re-reads the span and key moments (the log grew while replaying).
    void refreshSpan();

    /// Asks for @p time; requests made within one pass of the event loop collapse into the last one, so a
    /// fast drag replays each moment the window can show, not every pixel on the way.
    void requestTime(const QDateTime &time);

    [[nodiscard]] bool isPlaying() const { return m_player.isActive(); }
    void setPlaying(bool playing);
    /// Replay speed: 1, 5, 10, 30 or 60 times real time.
    [[nodiscard]] int speed() const;
    void setSpeed(int speed);
    /// How often playing moves the replay (100 ms by default; tests make it shorter). Each tick moves it
    /// by the interval times the speed.
    void setTickInterval(std::chrono::milliseconds interval);

    void previousMoment();
    void nextMoment();
    /// The key moment at or before the replayed time, if any.
    [[nodiscard]] std::optional<KeyMoment> currentMoment() const;

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QAction *playAction() const { return m_playAction; }
    [[nodiscard]] QAction *previousMomentAction() const { return m_previousAction; }
    [[nodiscard]] QAction *nextMomentAction() const { return m_nextAction; }
    [[nodiscard]] QAction *liveAction() const { return m_liveAction; }
    [[nodiscard]] QLabel *timeLabel() const { return m_timeLabel; }
    [[nodiscard]] QLabel *offsetLabel() const { return m_offsetLabel; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void buildLayout();
    void onReplayTimeChanged(const QDateTime &time);
    void onSliderMoved(int value);
    void tick();
    void applyRequest();
    void updateMomentButtons();
    void elideMomentLabel();
    void updateIcons();
    [[nodiscard]] QDateTime timeOfValue(int value) const;
    [[nodiscard]] int valueOfTime(const QDateTime &time) const;

    QPointer<Session> m_session;
    QString m_incident;
    ReplaySpan m_span;
    QList<KeyMoment> m_moments;
    qint64 m_unitMs = 1000; // one slider step
    QDateTime m_requested;
    bool m_applyQueued = false;
    QString m_momentText; // the moment label's full text
    QTimer m_player;

    QAction *m_playAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_liveAction = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_offsetLabel = nullptr;
    QLabel *m_momentLabel = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_liveButton = nullptr;
    QSlider *m_slider = nullptr;
    QComboBox *m_speedCombo = nullptr;
};

} // namespace Warroom
