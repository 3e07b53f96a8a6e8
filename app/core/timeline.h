// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QSharedData>
#include <QString>

#include <iterator>

namespace Warroom {

enum class NoteKind { Note, Decision, Action, Evidence, Observation, System, Alert, Chat, Attachment };

struct Revision
{
    QString text;
    QString by;
    QDateTime at;
};

/// One line of the timeline: a note someone wrote, or a change the fold recorded (kind System/Alert/Chat).
struct TimelineEntry
{
    QString id; ///< id of the event that created it
    QString eventType;
    NoteKind kind = NoteKind::Note;
    QString text;
    QString actor;
    QDateTime at;
    qint64 seq = 0;
    QList<Revision> history; ///< earlier texts, oldest first, each with who wrote it and when
    QDateTime editedAt; ///< when the current text was written by an edit; invalid while never edited
    bool retracted = false;
    QString retractReason;
    QString retractedBy;
    bool pinned = false;
    // attachments
    QString attachmentName;
    QString attachmentMime;
    QString attachmentSha256;
    qint64 attachmentSize = 0;
    // link to a runbook step (evidence)
    QString runbook;
    QString step;
};

namespace Detail {

/// One entry, shared by the states that hold it until one of them changes it (an edit, a pin).
struct SharedEntry : QSharedData
{
    explicit SharedEntry(const TimelineEntry &e)
        : entry(e)
    { }
    SharedEntry(const SharedEntry &other)
        : QSharedData(other)
        , entry(other.entry)
    { }
    TimelineEntry entry;
};
using Chunk = QList<QExplicitlySharedDataPointer<SharedEntry>>;

/// A persistent map from entry id to a 64-bit value (a hash trie, 32 ways per level). Copies are O(1) and
/// share every node; a change copies only the nodes on its path, and only when they are shared, so the
/// unshared live fold changes nodes in place. What lets replay checkpoints keep the id lookup for free.
class IdIndex
{
public:
    IdIndex();
    IdIndex(const IdIndex &other);
    IdIndex(IdIndex &&other) noexcept;
    IdIndex &operator=(const IdIndex &other);
    IdIndex &operator=(IdIndex &&other) noexcept;
    ~IdIndex();

    /// Adds @p id or replaces its value.
    void insert(const QString &id, qint64 value);
    /// The value of @p id in @p value; false when absent.
    [[nodiscard]] bool find(const QString &id, qint64 *value) const;
    [[nodiscard]] qsizetype size() const { return m_size; }

    struct Node;

private:
    [[nodiscard]] bool find(size_t hash, const QString &id, qint64 *value) const;

    QExplicitlySharedDataPointer<Node> m_root;
    qsizetype m_size = 0;
};

} // namespace Detail

/// The timeline of an incident in display order, (at, id): the order every replica shows.
///
/// Stored as chunks of a few hundred entries, each an implicitly shared QList of pointers to shared entries,
/// with the cumulative sizes for an O(log n) at(i). Copying a Timeline copies the chunk handles, not the
/// entries; a later change copies only the chunk it touches (a few KiB of pointers: a back-dated entry lands
/// in an old chunk) and the one entry it changes. So the states a replay keeps as checkpoints share almost
/// all of their entries with each other and with the live state (DESIGN §7: memory with 100,000 events).
/// The read API is the one of a const QList; entries change only through the fold (IncidentState).
class Timeline
{
public:
    /// Entries per chunk: an append starts a new chunk at this size; an insert splits one at twice it.
    static constexpr qsizetype ChunkSize = 256;

    class const_iterator
    {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using value_type = TimelineEntry;
        using difference_type = qsizetype;
        using pointer = const TimelineEntry *;
        using reference = const TimelineEntry &;

        const_iterator() = default;
        reference operator*() const { return m_chunks->at(m_chunk).at(m_offset)->entry; }
        pointer operator->() const { return &m_chunks->at(m_chunk).at(m_offset)->entry; }
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        const_iterator &operator--();
        const_iterator operator--(int)
        {
            const_iterator before = *this;
            --*this;
            return before;
        }
        bool operator==(const const_iterator &o) const
        {
            return m_chunk == o.m_chunk && m_offset == o.m_offset;
        }
        bool operator!=(const const_iterator &o) const { return !(*this == o); }

    private:
        friend class Timeline;
        const_iterator(const QList<Detail::Chunk> *chunks, qsizetype chunk, qsizetype offset)
            : m_chunks(chunks)
            , m_chunk(chunk)
            , m_offset(offset)
        { }
        const QList<Detail::Chunk> *m_chunks = nullptr;
        qsizetype m_chunk = 0;
        qsizetype m_offset = 0;
    };
    using iterator = const_iterator;
    using value_type = TimelineEntry;
    using size_type = qsizetype;
    using const_reference = const TimelineEntry &;

    [[nodiscard]] qsizetype size() const { return m_ends.isEmpty() ? 0 : m_ends.constLast(); }
    [[nodiscard]] qsizetype count() const { return size(); }
    [[nodiscard]] bool isEmpty() const { return m_chunks.isEmpty(); }
    [[nodiscard]] bool empty() const { return isEmpty(); }
    /// Entry @p i (0 ≤ i < size()), in O(log chunks).
    [[nodiscard]] const TimelineEntry &at(qsizetype i) const;
    [[nodiscard]] const TimelineEntry &operator[](qsizetype i) const { return at(i); }
    [[nodiscard]] const TimelineEntry &first() const { return m_chunks.constFirst().constFirst()->entry; }
    [[nodiscard]] const TimelineEntry &last() const { return m_chunks.constLast().constLast()->entry; }
    [[nodiscard]] const TimelineEntry &constFirst() const { return first(); }
    [[nodiscard]] const TimelineEntry &constLast() const { return last(); }
    [[nodiscard]] const TimelineEntry &front() const { return first(); }
    [[nodiscard]] const TimelineEntry &back() const { return last(); }

    [[nodiscard]] const_iterator begin() const { return {&m_chunks, 0, 0}; }
    [[nodiscard]] const_iterator end() const { return {&m_chunks, m_chunks.size(), 0}; }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }
    [[nodiscard]] const_iterator constBegin() const { return begin(); }
    [[nodiscard]] const_iterator constEnd() const { return end(); }

    /// The position of the entry made by event @p id, or -1: O(log n).
    [[nodiscard]] qsizetype indexOf(const QString &id) const;
    /// The entry made by event @p id, or nullptr. Valid until the timeline changes.
    [[nodiscard]] const TimelineEntry *find(const QString &id) const;

    /// Inserts @p entry at its place in (at, id) order (at the end unless it is back-dated) and returns
    /// its position. The entry's id must be new.
    qsizetype insert(const TimelineEntry &entry);
    /// Entry @p i for changing (an edit, a pin): detaches its chunk only.
    [[nodiscard]] TimelineEntry &modify(qsizetype i);

    /// Uses the id index of @p later, a later state of the same log (it knows every id of this timeline, at
    /// the same time, and more). Lookups check the entry they land on, so the extra ids are never found
    /// here; what it saves is one index per replay checkpoint.
    void shareIndex(const Timeline &later) { m_ids = later.m_ids; }

    /// How many leading entries this timeline and @p other have in common: the same entries, unchanged, in
    /// the same places. States of one log share their chunks and entries, so this mostly compares pointers:
    /// what lets a view of a replay move by a few rows at its end instead of reloading all of them.
    [[nodiscard]] qsizetype commonPrefixLength(const Timeline &other) const;

    /// How many chunks hold the entries (for tests and diagnostics).
    [[nodiscard]] qsizetype chunkCount() const { return m_chunks.size(); }

private:
    /// The first position whose entry does not sort before (@p atMsecs, @p id).
    [[nodiscard]] qsizetype lowerBound(qint64 atMsecs, const QString &id) const;
    /// The chunk holding position @p i (0 ≤ i < size()) and the offset in it.
    void locate(qsizetype i, qsizetype *chunk, qsizetype *offset) const;
    [[nodiscard]] qsizetype chunkStart(qsizetype chunk) const { return chunk > 0 ? m_ends.at(chunk - 1) : 0; }

    QList<Detail::Chunk> m_chunks; // none empty
    QList<qsizetype> m_ends; // m_ends[c]: entries in chunks 0..c
    Detail::IdIndex m_ids; // id → at (ms since epoch): with the id, the entry's sort key
};

} // namespace Warroom
