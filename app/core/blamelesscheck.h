// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Warroom {

class IncidentState;

/// One blaming phrase of one language. Words are matched whole and case-insensitively; "…" (or "...")
/// stands for a gap of a few words ("hätte … sollen"); a word ending in "*" matches any ending
/// ("careless*": careless, carelessly, carelessness).
struct BlamelessPhrase
{
    /// Where the person's name must be for the phrase to read as blame.
    enum class Person {
        Near, ///< before, inside or after the phrase ("Marco was careless", "the fault of Marco")
        Before, ///< before or inside the phrase: the subject of a verb ("Marco should have checked")
    };
    QString phrase;
    QString suggestion; ///< what to write instead, in the phrase's language
    Person person = Person::Near;
};

/// The phrases of one language and what keeps them from being flagged.
struct BlamelessLanguage
{
    QString code; ///< "en", "fr", "de"
    QString explanation; ///< why blameless wording helps, in this language
    QList<BlamelessPhrase> phrases;
    /// Phrases that contain a blaming word but are not blame ("fault injection", "no blame").
    QStringList exemptions;
    /// Words that, just before a phrase, turn it around ("not careless", "keine Schuld").
    QStringList negations;
};

/// The configurable word lists of the blameless-language check. Kept as JSON in the user's config folder
/// (defaultPath()); the built-in defaults() cover English, French and German. See docs/ARCHITECTURE.md.
struct BlamelessRules
{
    QList<BlamelessLanguage> languages;
    /// Extra names to watch for, beside the people seen in the incident.
    QStringList names;
    /// How many words may stand between a name and a phrase (same sentence only).
    int window = 5;
    /// How many words a "…" in a phrase may stand for.
    int gap = 5;

    [[nodiscard]] static BlamelessRules defaults();
    /// <config folder>/blameless.json (QStandardPaths::AppConfigLocation).
    [[nodiscard]] static QString defaultPath();
    /// Reads @p path. A missing file gives the defaults and true; a broken one false and @p error.
    [[nodiscard]] static bool load(const QString &path, BlamelessRules *rules, Error *error);
    /// Writes the rules to @p path atomically (the folder is created).
    bool save(const QString &path, Error *error) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, BlamelessRules *rules, Error *error);
};

/// A name next to a blaming phrase, phrased as a suggestion.
struct BlamelessFinding
{
    int position = 0; ///< start of the phrase in the checked text (UTF-16 index)
    int length = 0; ///< length of the phrase as written (a gap included)
    QString phrase; ///< the phrase as written ("should have")
    QString rule; ///< the configured phrase it matched ("should have", "hätte … sollen")
    QString person; ///< the name as written ("Marco")
    int personPosition = 0;
    int personLength = 0;
    QString language; ///< code of the rule's language
    QString suggestion;
    QString explanation;

    /// First and last character of the name and phrase together.
    [[nodiscard]] int spanStart() const { return std::min(position, personPosition); }
    [[nodiscard]] int spanEnd() const { return std::max(position + length, personPosition + personLength); }
};

/// Finds a person's name near blaming phrases ("Marco should have…", "la faute de Lena", "Priya hätte …
/// sollen") within a small window of words, in one sentence. Phrases without a name near them, negated
/// ones ("not careless", "no blame") and exemptions ("the fault injection test") are not flagged.
class BlamelessCheck
{
public:
    explicit BlamelessCheck(BlamelessRules rules = BlamelessRules::defaults());

    /// The names to look for besides the rules' own (typically peopleOf(state)).
    void setNames(const QStringList &names);
    [[nodiscard]] const QStringList &names() const { return m_names; }
    [[nodiscard]] const BlamelessRules &rules() const { return m_rules; }

    /// Findings in @p text, in text order, never overlapping.
    [[nodiscard]] QList<BlamelessFinding> check(const QString &text) const;

    /// Everyone seen in the incident: actors, role holders, action owners.
    [[nodiscard]] static QStringList peopleOf(const IncidentState &state);

private:
    struct Token
    {
        int start = 0;
        int length = 0;
        QString word; ///< lower case
        int sentence = 0;
    };
    struct Pattern
    {
        QStringList words; ///< lower case; "…" = gap; trailing "*" = prefix
    };
    struct Match
    {
        int first = 0; ///< token index
        int last = 0; ///< token index, inclusive
    };

    [[nodiscard]] static QList<Token> tokenize(const QString &text);
    [[nodiscard]] static Pattern compile(const QString &phrase);
    [[nodiscard]] QList<Match> find(const QList<Token> &tokens, const Pattern &pattern) const;
    int matchFrom(const QList<Token> &tokens, const Pattern &pattern, int token, int word) const;

    BlamelessRules m_rules;
    QStringList m_names;
    QList<Pattern> m_namePatterns;
};

} // namespace Warroom
