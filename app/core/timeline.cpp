// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include <QHashFunctions>
#include <QSharedData>

#include <algorithm>

namespace Warroom {

// ---------------------------------------------------------------------------------------------------------
// IdIndex: a hash trie. Leaves hold up to LeafCapacity items; a full leaf becomes an inner node whose
// children are picked by the next 5 bits of the hash (present children only, by bitmap).

namespace Detail {

namespace {
constexpr int BitsPerLevel = 5;
constexpr int MaxDepth = 12; // 60 of the 64 hash bits; past it a leaf just grows (full collisions)
constexpr qsizetype LeafCapacity = 8;
} // namespace

struct IdIndex::Node : QSharedData
{
    struct Item
    {
        size_t hash;
        QString id;
        qint64 value;
    };
    bool leaf = true;
    quint32 bitmap = 0; // inner nodes: which of the 32 slots have a child
    QList<QExplicitlySharedDataPointer<Node>> children; // inner nodes, in slot order
    QList<Item> items; // leaves
};

namespace {

using Node = IdIndex::Node;

uint slotOf(size_t hash, int depth)
{
    return uint(hash >> (depth * BitsPerLevel)) & 31U;
}

int childPosition(quint32 bitmap, uint slot)
{
    return qPopulationCount(bitmap & ((quint32(1) << slot) - 1U));
}

/// Inserts into @p node, which the caller has made unshared. Returns true when the id is new.
bool insertInto(Node *node, int depth, const Node::Item &item)
{
    if (node->leaf) {
        for (Node::Item &existing : node->items) {
            if (existing.hash == item.hash && existing.id == item.id) {
                existing.value = item.value;
                return false;
            }
        }
        if (node->items.size() < LeafCapacity || depth >= MaxDepth) {
            node->items.append(item);
            return true;
        }
        // Full: becomes an inner node over its items.
        const QList<Node::Item> items = std::move(node->items);
        node->items = {};
        node->leaf = false;
        for (const Node::Item &moved : items)
            insertInto(node, depth, moved);
    }
    const uint slot = slotOf(item.hash, depth);
    const quint32 bit = quint32(1) << slot;
    const int position = childPosition(node->bitmap, slot);
    if (!(node->bitmap & bit)) {
        QExplicitlySharedDataPointer<Node> child(new Node);
        child->items.append(item);
        node->children.insert(position, child);
        node->bitmap |= bit;
        return true;
    }
    // Non-const access detaches the child list of a copied node; detach() then copies the child itself
    // only when another state still shares it.
    QExplicitlySharedDataPointer<Node> &child = node->children[position];
    child.detach();
    return insertInto(child.data(), depth + 1, item);
}

} // namespace

IdIndex::IdIndex() = default;
IdIndex::IdIndex(const IdIndex &other) = default;
IdIndex::IdIndex(IdIndex &&other) noexcept = default;
IdIndex &IdIndex::operator=(const IdIndex &other) = default;
IdIndex &IdIndex::operator=(IdIndex &&other) noexcept = default;
IdIndex::~IdIndex() = default;

void IdIndex::insert(const QString &id, qint64 value)
{
    const size_t hash = qHash(id);
    // A state folded from a checkpoint meets ids the shared index already has: nothing to copy then.
    if (qint64 known = 0; find(hash, id, &known) && known == value)
        return;
    if (!m_root)
        m_root = new Node;
    else
        m_root.detach();
    if (insertInto(m_root.data(), 0, {hash, id, value}))
        ++m_size;
}

bool IdIndex::find(const QString &id, qint64 *value) const
{
    return find(qHash(id), id, value);
}

bool IdIndex::find(size_t hash, const QString &id, qint64 *value) const
{
    const Node *node = m_root.constData();
    for (int depth = 0; node; ++depth) {
        if (node->leaf) {
            for (const Node::Item &item : node->items) {
                if (item.hash == hash && item.id == id) {
                    *value = item.value;
                    return true;
                }
            }
            return false;
        }
        const uint slot = slotOf(hash, depth);
        if (!(node->bitmap & (quint32(1) << slot)))
            return false;
        node = node->children.at(childPosition(node->bitmap, slot)).constData();
    }
    return false;
}

} // namespace Detail

// ---------------------------------------------------------------------------------------------------------
// Timeline

namespace {

/// Display order: by time, then by id, so that every replica agrees whatever its local seq.
bool sortsBefore(const TimelineEntry &entry, qint64 atMsecs, const QString &id)
{
    const qint64 entryMsecs = entry.at.toMSecsSinceEpoch();
    return entryMsecs < atMsecs || (entryMsecs == atMsecs && entry.id < id);
}

} // namespace

Timeline::const_iterator &Timeline::const_iterator::operator++()
{
    if (++m_offset == m_chunks->at(m_chunk).size()) {
        ++m_chunk;
        m_offset = 0;
    }
    return *this;
}

Timeline::const_iterator &Timeline::const_iterator::operator--()
{
    if (m_offset == 0) {
        --m_chunk;
        m_offset = m_chunks->at(m_chunk).size() - 1;
    } else {
        --m_offset;
    }
    return *this;
}

void Timeline::locate(qsizetype i, qsizetype *chunk, qsizetype *offset) const
{
    // The last chunk is where reading usually happens (the newest entries) and where every append goes.
    const qsizetype lastStart = chunkStart(m_chunks.size() - 1);
    if (i >= lastStart) {
        *chunk = m_chunks.size() - 1;
        *offset = i - lastStart;
        return;
    }
    const auto it = std::upper_bound(m_ends.cbegin(), m_ends.cend(), i);
    *chunk = it - m_ends.cbegin();
    *offset = i - chunkStart(*chunk);
}

const TimelineEntry &Timeline::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < size());
    qsizetype chunk = 0;
    qsizetype offset = 0;
    locate(i, &chunk, &offset);
    return m_chunks.at(chunk).at(offset)->entry;
}

qsizetype Timeline::lowerBound(qint64 atMsecs, const QString &id) const
{
    // First the chunk whose last entry does not sort before the key, then the place inside it.
    const auto chunk = std::partition_point(m_chunks.cbegin(), m_chunks.cend(),
        [&](const Detail::Chunk &c) { return sortsBefore(c.constLast()->entry, atMsecs, id); });
    if (chunk == m_chunks.cend())
        return size();
    const auto inside = std::partition_point(
        chunk->cbegin(), chunk->cend(), [&](const QExplicitlySharedDataPointer<Detail::SharedEntry> &e) {
            return sortsBefore(e->entry, atMsecs, id);
        });
    const qsizetype index = chunk - m_chunks.cbegin();
    return chunkStart(index) + (inside - chunk->cbegin());
}

qsizetype Timeline::indexOf(const QString &id) const
{
    qint64 atMsecs = 0;
    if (!m_ids.find(id, &atMsecs))
        return -1;
    const qsizetype i = lowerBound(atMsecs, id);
    return i < size() && at(i).id == id ? i : -1;
}

const TimelineEntry *Timeline::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &at(i);
}

qsizetype Timeline::insert(const TimelineEntry &entry)
{
    const qint64 atMsecs = entry.at.toMSecsSinceEpoch();
    m_ids.insert(entry.id, atMsecs);
    QExplicitlySharedDataPointer<Detail::SharedEntry> shared(new Detail::SharedEntry(entry));

    // Most entries arrive in order and go at the end.
    if (isEmpty() || sortsBefore(last(), atMsecs, entry.id)) {
        if (isEmpty() || m_chunks.constLast().size() >= ChunkSize) {
            Detail::Chunk chunk;
            chunk.reserve(ChunkSize);
            chunk.append(std::move(shared));
            m_chunks.append(std::move(chunk));
            m_ends.append(size() + 1);
        } else {
            m_chunks.last().append(std::move(shared));
            ++m_ends.last();
        }
        return size() - 1;
    }

    // Back-dated: into the chunk holding its place, splitting the chunk when it grows too big.
    const qsizetype position = lowerBound(atMsecs, entry.id);
    qsizetype chunk = 0;
    qsizetype offset = 0;
    locate(position, &chunk, &offset);
    Detail::Chunk &target = m_chunks[chunk];
    target.insert(offset, std::move(shared));
    for (qsizetype c = chunk; c < m_ends.size(); ++c)
        ++m_ends[c];
    if (target.size() > 2 * ChunkSize) {
        const qsizetype half = target.size() / 2;
        Detail::Chunk tail = target.mid(half);
        target.resize(half);
        m_chunks.insert(chunk + 1, std::move(tail));
        m_ends.insert(chunk, chunkStart(chunk) + half);
    }
    return position;
}

namespace {
/// What a view shows of an entry is the same (entries folded again from a checkpoint are equal copies).
bool sameEntry(const TimelineEntry &a, const TimelineEntry &b)
{
    return a.id == b.id && a.seq == b.seq && a.at == b.at && a.kind == b.kind && a.text == b.text
        && a.actor == b.actor && a.history.size() == b.history.size() && a.retracted == b.retracted
        && a.retractReason == b.retractReason && a.pinned == b.pinned
        && a.attachmentSha256 == b.attachmentSha256;
}
} // namespace

qsizetype Timeline::commonPrefixLength(const Timeline &other) const
{
    qsizetype common = 0;
    const qsizetype chunks = std::min(m_chunks.size(), other.m_chunks.size());
    for (qsizetype c = 0; c < chunks; ++c) {
        const Detail::Chunk &mine = m_chunks.at(c);
        const Detail::Chunk &theirs = other.m_chunks.at(c);
        if (mine.constData() == theirs.constData() && mine.size() == theirs.size()) {
            common += mine.size(); // one shared chunk
            continue;
        }
        const qsizetype length = std::min(mine.size(), theirs.size());
        qsizetype i = 0;
        while (
            i < length && (mine.at(i) == theirs.at(i) || sameEntry(mine.at(i)->entry, theirs.at(i)->entry)))
            ++i;
        common += i;
        if (i < mine.size() || i < theirs.size())
            return common;
    }
    return common;
}

TimelineEntry &Timeline::modify(qsizetype i)
{
    Q_ASSERT(i >= 0 && i < size());
    qsizetype chunk = 0;
    qsizetype offset = 0;
    locate(i, &chunk, &offset);
    QExplicitlySharedDataPointer<Detail::SharedEntry> &shared = m_chunks[chunk][offset];
    shared.detach(); // a copy of the entry only when another state still has it
    return shared->entry;
}

} // namespace Warroom
