// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include "replaylook.h"
#include "session.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QToolButton>

#include <algorithm>

namespace Warroom {

namespace {
constexpr std::chrono::milliseconds DefaultTick {100};
constexpr int DefaultSpeed = 10;
constexpr qint64 SliderSteps = 100000;
} // namespace

ReplayBar::ReplayBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("replayBar"));
    setAccessibleName(tr("Replay controls"));
    createActions();
    buildLayout();
    m_player.setInterval(DefaultTick);
    connect(&m_player, &QTimer::timeout, this, &ReplayBar::tick);
    if (m_session) {
        connect(m_session, &Session::replayTimeChanged, this, &ReplayBar::onReplayTimeChanged);
        connect(m_session, &Session::replayChanged, this, [this](bool active) {
            if (!active)
                setPlaying(false);
        });
    }
}

ReplayBar::~ReplayBar() = default;

void ReplayBar::createActions()
{
    m_playAction = new QAction(tr("&Play", "replay"), this);
    m_playAction->setObjectName(QStringLiteral("replayPlayAction"));
    m_playAction->setCheckable(true);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    // Space plays only while the replay controls or the chart have the focus: window-wide it would take the
    // key from every button and checkbox (ReplayView also carries this action for the chart).
    m_playAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_playAction, &QAction::toggled, this, &ReplayBar::setPlaying);

    m_previousAction = new QAction(tr("Previous Key Moment"), this);
    m_previousAction->setObjectName(QStringLiteral("previousMomentAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    connect(m_previousAction, &QAction::triggered, this, &ReplayBar::previousMoment);

    m_nextAction = new QAction(tr("Next Key Moment"), this);
    m_nextAction->setObjectName(QStringLiteral("nextMomentAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    connect(m_nextAction, &QAction::triggered, this, &ReplayBar::nextMoment);

    m_liveAction = new QAction(tr("Back to &Live"), this);
    m_liveAction->setObjectName(QStringLiteral("liveAction"));
    m_liveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_liveAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->stopReplay();
    });

    for (QAction *action : {m_playAction, m_previousAction, m_nextAction, m_liveAction}) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_liveAction->setStatusTip(tr("Leave the replay and show the incident as it is now"));
    updateIcons();
}

void ReplayBar::buildLayout()
{
    m_bannerLabel = new QLabel(tr("Replay, read-only:", "banner: what follows is the replayed moment"), this);
    m_bannerLabel->setObjectName(QStringLiteral("replayBannerLabel"));
    m_bannerLabel->setToolTip(
        tr("The window shows what the team knew at this moment. Nothing can be changed "
           "while replaying; events that arrive meanwhile are kept and shown when you go "
           "back to live."));
    QFont bold = font();
    bold.setBold(true);
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("replayTimeLabel"));
    m_timeLabel->setAccessibleName(tr("Replayed moment"));
    m_timeLabel->setFont(bold);
    m_timeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offsetLabel = new QLabel(this);
    m_offsetLabel->setObjectName(QStringLiteral("replayOffsetLabel"));
    m_offsetLabel->setAccessibleName(tr("Time since the incident's start"));
    m_offsetLabel->setToolTip(tr("Time since the incident was declared"));
    m_offsetLabel->setFont(bold);
    m_momentLabel = new QLabel(this);
    m_momentLabel->setObjectName(QStringLiteral("replayMomentLabel"));
    m_momentLabel->setAccessibleName(tr("Last key moment"));
    m_momentLabel->setMinimumWidth(1);
    m_momentLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_momentLabel->installEventFilter(this); // re-elided when it gets another width

    const auto button = [this](QAction *action, const QString &name, bool withText) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setToolButtonStyle(withText ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        b->setAccessibleName(action->text().remove(QLatin1Char('&')));
        b->setAutoRaise(false);
        return b;
    };
    m_previousButton = button(m_previousAction, QStringLiteral("previousMomentButton"), false);
    m_playButton = button(m_playAction, QStringLiteral("replayPlayButton"), true);
    m_nextButton = button(m_nextAction, QStringLiteral("nextMomentButton"), false);
    m_liveButton = button(m_liveAction, QStringLiteral("liveButton"), true);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setAccessibleName(tr("Replayed moment"));
    m_slider->setToolTip(tr("Drag to replay another moment of the incident"));
    m_slider->setRange(0, 0);
    connect(m_slider, &QSlider::valueChanged, this, &ReplayBar::onSliderMoved);

    m_speedCombo = new QComboBox(this);
    m_speedCombo->setObjectName(QStringLiteral("replaySpeedComboBox"));
    m_speedCombo->setAccessibleName(tr("Replay speed"));
    m_speedCombo->setToolTip(tr("How much faster than real time playing goes"));
    for (int speed : {1, 5, 10, 30, 60})
        m_speedCombo->addItem(tr("%1×", "replay speed").arg(speed), speed);
    setSpeed(DefaultSpeed);

    // One row, so that the window still fits a 1280×800 screen while replaying.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 3, 6, 3);
    layout->setSpacing(6);
    layout->addWidget(m_bannerLabel);
    layout->addWidget(m_timeLabel);
    layout->addWidget(m_offsetLabel);
    layout->addSpacing(6);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_playButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_slider, 3);
    layout->addWidget(m_momentLabel, 2);
    layout->addWidget(m_speedCombo);
    layout->addWidget(m_liveButton);
    setTabOrder(m_slider, m_playButton);
}

void ReplayBar::paintEvent(QPaintEvent *)
{
    // A banner nobody can mistake for the live window: tinted with the highlight colour, with a bar of it
    // along the left edge, in light and dark themes alike.
    QPainter painter(this);
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = palette().color(QPalette::Highlight);
    constexpr float Weight = 0.22f;
    painter.fillRect(rect(),
        QColor::fromRgbF(accent.redF() * Weight + window.redF() * (1 - Weight),
            accent.greenF() * Weight + window.greenF() * (1 - Weight),
            accent.blueF() * Weight + window.blueF() * (1 - Weight)));
    painter.fillRect(QRect(0, 0, 4, height()), accent);
}

void ReplayBar::setIncident(const QString &incidentId)
{
    m_incident = incidentId;
    refreshSpan();
}

void ReplayBar::refreshSpan()
{
    const ReplayIndex *index = m_session ? m_session->replayIndex() : nullptr;
    m_span = index ? index->span(m_incident) : ReplaySpan();
    m_moments = index ? index->keyMoments(m_incident) : QList<KeyMoment>();
    const qint64 length = std::max<qint64>(1, m_span.lengthMSecs());
    m_unitMs = std::max<qint64>(1, (length + SliderSteps - 1) / SliderSteps);
    {
        const QSignalBlocker blocker(m_slider);
        const int steps = int(length / m_unitMs);
        m_slider->setRange(0, m_span.isValid() ? steps : 0);
        m_slider->setSingleStep(std::max(1, steps / 200));
        m_slider->setPageStep(std::max(1, steps / 20));
    }
    for (QWidget *control : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_playButton),
             static_cast<QWidget *>(m_speedCombo)})
        control->setEnabled(m_span.isValid());
    onReplayTimeChanged(m_session ? m_session->replayTime() : QDateTime());
}

QDateTime ReplayBar::timeOfValue(int value) const
{
    if (!m_span.isValid())
        return {};
    return value >= m_slider->maximum() ? m_span.last : m_span.first.addMSecs(qint64(value) * m_unitMs);
}

int ReplayBar::valueOfTime(const QDateTime &time) const
{
    if (!m_span.isValid() || !time.isValid())
        return 0;
    const qint64 offset = std::clamp<qint64>(m_span.first.msecsTo(time), 0, m_span.lengthMSecs());
    return int(offset / m_unitMs);
}

void ReplayBar::onSliderMoved(int value)
{
    requestTime(timeOfValue(value));
}

void ReplayBar::requestTime(const QDateTime &time)
{
    if (!time.isValid())
        return;
    m_requested = time;
    if (m_applyQueued)
        return;
    m_applyQueued = true;
    QTimer::singleShot(0, this, &ReplayBar::applyRequest);
}

void ReplayBar::applyRequest()
{
    m_applyQueued = false;
    if (m_session && m_session->isReplaying() && m_requested.isValid())
        m_session->setReplayTime(m_requested);
}

void ReplayBar::onReplayTimeChanged(const QDateTime &time)
{
    if (!time.isValid()) {
        m_timeLabel->clear();
        m_offsetLabel->clear();
        m_momentLabel->clear();
        return;
    }
    m_timeLabel->setText(ReplayLook::formatReplayTime(time));
    m_timeLabel->setToolTip(tr("%1 UTC").arg(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_offsetLabel->setText(
        m_span.isValid() ? ReplayLook::formatOffset(m_span.first.msecsTo(time)) : QString());
    const std::optional<KeyMoment> moment = currentMoment();
    const QString last = moment
        ? tr("Last: %1 at %2", "the last key moment before the replayed time")
              .arg(ReplayLook::momentText(*moment), ReplayLook::formatClock(moment->time))
        : QString();
    m_momentText = last;
    elideMomentLabel();
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(valueOfTime(time));
    }
    updateMomentButtons();
}

void ReplayBar::elideMomentLabel()
{
    m_momentLabel->setText(
        m_momentLabel->fontMetrics().elidedText(m_momentText, Qt::ElideRight, m_momentLabel->width()));
    m_momentLabel->setToolTip(m_momentText);
}

bool ReplayBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_momentLabel && event->type() == QEvent::Resize)
        elideMomentLabel();
    return QWidget::eventFilter(watched, event);
}

std::optional<KeyMoment> ReplayBar::currentMoment() const
{
    const QDateTime time = m_session ? m_session->replayTime() : QDateTime();
    std::optional<KeyMoment> found;
    for (const KeyMoment &moment : m_moments) {
        if (moment.time > time)
            break;
        found = moment;
    }
    return found;
}

void ReplayBar::updateMomentButtons()
{
    const QDateTime time = m_session ? m_session->replayTime() : QDateTime();
    const bool any = time.isValid() && !m_moments.isEmpty();
    m_previousAction->setEnabled(any && m_moments.constFirst().time < time);
    m_nextAction->setEnabled(any && m_moments.constLast().time > time);
}

void ReplayBar::previousMoment()
{
    if (!m_session || !m_session->isReplaying())
        return;
    const QDateTime time = m_session->replayTime();
    for (auto it = m_moments.crbegin(); it != m_moments.crend(); ++it) {
        if (it->time < time) {
            m_session->setReplayTime(it->time);
            return;
        }
    }
}

void ReplayBar::nextMoment()
{
    if (!m_session || !m_session->isReplaying())
        return;
    const QDateTime time = m_session->replayTime();
    for (const KeyMoment &moment : std::as_const(m_moments)) {
        if (moment.time > time) {
            m_session->setReplayTime(moment.time);
            return;
        }
    }
}

int ReplayBar::speed() const
{
    return m_speedCombo->currentData().toInt();
}

void ReplayBar::setSpeed(int speed)
{
    const int index = m_speedCombo->findData(speed);
    if (index >= 0)
        m_speedCombo->setCurrentIndex(index);
}

void ReplayBar::setTickInterval(std::chrono::milliseconds interval)
{
    m_player.setInterval(interval);
}

void ReplayBar::setPlaying(bool playing)
{
    if (playing && (!m_session || !m_session->isReplaying() || !m_span.isValid()))
        playing = false;
    if (playing && m_session->replayTime() >= m_span.last)
        m_session->setReplayTime(m_span.first); // from the start again
    if (playing)
        m_player.start();
    else
        m_player.stop();
    const QSignalBlocker blocker(m_playAction);
    m_playAction->setChecked(playing);
    m_playAction->setText(playing ? tr("&Pause", "replay") : tr("&Play", "replay"));
    updateIcons();
    m_playAction->setToolTip(QStringLiteral("%1 (%2)").arg(m_playAction->text().remove(QLatin1Char('&')),
        m_playAction->shortcut().toString(QKeySequence::NativeText)));
    m_playButton->setAccessibleName(m_playAction->text().remove(QLatin1Char('&')));
}

void ReplayBar::updateIcons()
{
    using ReplayLook::Glyph;
    const QPalette &pal = palette();
    m_playAction->setIcon(ReplayLook::mediaIcon(isPlaying() ? Glyph::Pause : Glyph::Play, pal));
    m_previousAction->setIcon(ReplayLook::mediaIcon(Glyph::Previous, pal));
    m_nextAction->setIcon(ReplayLook::mediaIcon(Glyph::Next, pal));
    m_liveAction->setIcon(ReplayLook::mediaIcon(Glyph::Live, pal));
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void ReplayBar::tick()
{
    if (!m_session || !m_session->isReplaying() || !m_span.isValid()) {
        setPlaying(false);
        return;
    }
    const QDateTime next = m_session->replayTime().addMSecs(m_player.intervalAsDuration().count() * speed());
    if (next >= m_span.last) {
        m_session->setReplayTime(m_span.last);
        setPlaying(false);
        return;
    }
    m_session->setReplayTime(next);
}

} // namespace Warroom
