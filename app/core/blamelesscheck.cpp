// SPDX-License-Identifier: GPL-3.0-or-later
#include "blamelesscheck.h"

#include "jsonfile.h"

#include "incidentstate.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace Warroom {

namespace {

constexpr QLatin1StringView rulesFormat {"warroom-blameless"};
constexpr int rulesVersion = 1;
constexpr int negationReach = 3; // words before a phrase that may negate it

bool isGap(const QString &word)
{
    return word == QStringLiteral("…") || word == QLatin1String("...");
}

BlamelessLanguage english()
{
    const QString verb
        = QStringLiteral("Describe what happened and what made the other path hard to see at the time: "
                         "\"The runbook did not ask for X, so X was not checked.\"");
    const QString care = QStringLiteral("Describe the conditions rather than the person: time pressure, a "
                                        "missing check, a confusing tool.");
    const QString human
        = QStringLiteral("Name the step and the safeguard that was missing: \"The tool allowed "
                         "X without a confirmation.\"");
    const QString fault
        = QStringLiteral("Leave out who is at fault and write what contributed: \"Contributing "
                         "factor: X was possible without a review.\"");
    using P = BlamelessPhrase::Person;
    BlamelessLanguage en;
    en.code = QStringLiteral("en");
    en.explanation = QStringLiteral(
        "Blameless wording keeps the review on how the system and our processes let this happen. People who "
        "fear blame share less next time, and the same gap stays open. Say what made the action reasonable "
        "then and which safeguard was missing.");
    en.phrases = {
        {QStringLiteral("should have"), verb, P::Before},
        {QStringLiteral("should've"), verb, P::Before},
        {QStringLiteral("shouldn't have"), verb, P::Before},
        {QStringLiteral("failed to"), verb, P::Before},
        {QStringLiteral("forgot to"), verb, P::Before},
        {QStringLiteral("neglected to"), verb, P::Before},
        {QStringLiteral("made a mistake"), verb, P::Before},
        {QStringLiteral("careless*"), care, P::Near},
        {QStringLiteral("negligen*"), care, P::Near},
        {QStringLiteral("sloppy"), care, P::Near},
        {QStringLiteral("screwed up"), care, P::Near},
        {QStringLiteral("messed up"), care, P::Near},
        {QStringLiteral("dropped the ball"), care, P::Near},
        {QStringLiteral("human error"), human, P::Near},
        {QStringLiteral("fault"), fault, P::Near},
        {QStringLiteral("blame"), fault, P::Near},
        {QStringLiteral("blamed"), fault, P::Near},
        {QStringLiteral("blames"), fault, P::Near},
        {QStringLiteral("blaming"), fault, P::Near},
    };
    en.exemptions = {QStringLiteral("fault injection"), QStringLiteral("fault tolerance"),
        QStringLiteral("fault tolerant"), QStringLiteral("fault domain"), QStringLiteral("fault domains"),
        QStringLiteral("fault isolation"), QStringLiteral("no fault found"), QStringLiteral("page fault"),
        QStringLiteral("segmentation fault"), QStringLiteral("git blame"), QStringLiteral("blame free")};
    en.negations = {QStringLiteral("no"), QStringLiteral("not"), QStringLiteral("nobody"),
        QStringLiteral("never"), QStringLiteral("without"), QStringLiteral("none"), QStringLiteral("nor"),
        QStringLiteral("isn"), QStringLiteral("wasn"), QStringLiteral("weren"), QStringLiteral("aren")};
    return en;
}

BlamelessLanguage french()
{
    const QString verb = QStringLiteral(
        "Décrivez ce qui s'est passé et ce qui rendait l'autre choix difficile à voir sur le moment : « Le "
        "runbook ne demandait pas de vérifier X. »");
    const QString care
        = QStringLiteral("Décrivez les conditions plutôt que la personne : l'urgence, un contrôle "
                         "manquant, un outil peu clair.");
    const QString human = QStringLiteral(
        "Nommez l'étape et le garde-fou qui manquait : « L'outil permettait X sans confirmation. »");
    const QString fault = QStringLiteral("Laissez de côté la faute et écrivez ce qui a contribué : « Facteur "
                                         "contributif : X était possible sans relecture. »");
    using P = BlamelessPhrase::Person;
    BlamelessLanguage fr;
    fr.code = QStringLiteral("fr");
    fr.explanation = QStringLiteral(
        "Une formulation sans blâme garde l'analyse sur ce que le système et nos processus ont permis. Qui "
        "craint d'être blâmé en dit moins la fois suivante, et la même faille reste ouverte. Dites ce qui "
        "rendait l'action raisonnable sur le moment et quel garde-fou manquait.");
    fr.phrases = {
        {QStringLiteral("aurait dû"), verb, P::Before},
        {QStringLiteral("aurait du"), verb, P::Before},
        {QStringLiteral("n'aurait pas dû"), verb, P::Before},
        {QStringLiteral("a oublié de"), verb, P::Before},
        {QStringLiteral("n'a pas su"), verb, P::Before},
        {QStringLiteral("négligent*"), care, P::Near},
        {QStringLiteral("négligence"), care, P::Near},
        {QStringLiteral("imprudent*"), care, P::Near},
        {QStringLiteral("erreur humaine"), human, P::Near},
        {QStringLiteral("faute"), fault, P::Near},
        {QStringLiteral("la faute de"), fault, P::Near},
        {QStringLiteral("fautif*"), fault, P::Near},
        {QStringLiteral("blâme*"), fault, P::Near},
    };
    fr.exemptions = {QStringLiteral("sans faute"), QStringLiteral("injection de fautes"),
        QStringLiteral("injection de faute"), QStringLiteral("tolérance aux fautes"),
        QStringLiteral("tolérant aux fautes"), QStringLiteral("sans blâme")};
    fr.negations = {QStringLiteral("pas"), QStringLiteral("aucune"), QStringLiteral("aucun"),
        QStringLiteral("sans"), QStringLiteral("ni"), QStringLiteral("jamais")};
    return fr;
}

BlamelessLanguage german()
{
    const QString verb = QStringLiteral(
        "Beschreiben Sie, was geschah und warum der andere Weg damals schwer zu sehen war: „Das Runbook "
        "verlangte keine Prüfung von X.“");
    const QString care = QStringLiteral("Beschreiben Sie die Umstände statt der Person: Zeitdruck, eine "
                                        "fehlende Prüfung, ein unklares Werkzeug.");
    const QString human = QStringLiteral(
        "Nennen Sie den Schritt und die fehlende Absicherung: „Das Werkzeug erlaubte X ohne Bestätigung.“");
    const QString fault
        = QStringLiteral("Lassen Sie die Schuldfrage weg und schreiben Sie, was beigetragen hat: "
                         "„Beitragender Faktor: X war ohne Review möglich.“");
    using P = BlamelessPhrase::Person;
    BlamelessLanguage de;
    de.code = QStringLiteral("de");
    de.explanation = QStringLiteral(
        "Eine Formulierung ohne Schuldzuweisung hält die Analyse bei der Frage, wie System und Abläufe das "
        "zugelassen haben. Wer Schuldzuweisungen fürchtet, erzählt beim nächsten Mal weniger, und dieselbe "
        "Lücke bleibt offen. Sagen Sie, warum die Handlung damals vernünftig schien und welche Absicherung "
        "fehlte.");
    de.phrases = {
        {QStringLiteral("hätte … sollen"), verb, P::Before},
        {QStringLiteral("hätte … müssen"), verb, P::Before},
        {QStringLiteral("hat … vergessen"), verb, P::Before},
        {QStringLiteral("hat versagt"), verb, P::Before},
        {QStringLiteral("nachlässig*"), care, P::Near},
        {QStringLiteral("fahrlässig*"), care, P::Near},
        {QStringLiteral("schlampig*"), care, P::Near},
        {QStringLiteral("unachtsam*"), care, P::Near},
        {QStringLiteral("menschliches versagen"), human, P::Near},
        {QStringLiteral("menschlichen versagens"), human, P::Near},
        {QStringLiteral("menschlicher fehler"), human, P::Near},
        {QStringLiteral("schuld"), fault, P::Near},
        {QStringLiteral("schuldig"), fault, P::Near},
    };
    de.exemptions = {QStringLiteral("ohne schuld")};
    de.negations = {QStringLiteral("kein"), QStringLiteral("keine"), QStringLiteral("keiner"),
        QStringLiteral("nicht"), QStringLiteral("ohne"), QStringLiteral("niemand"),
        QStringLiteral("niemandes"), QStringLiteral("nie")};
    return de;
}

Error rulesError(const QString &field, const QString &message)
{
    return Error::invalid(field, field + QStringLiteral(": ") + message);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out.append(v.toString().trimmed());
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// BlamelessRules

BlamelessRules BlamelessRules::defaults()
{
    BlamelessRules rules;
    rules.languages = {english(), french(), german()};
    return rules;
}

QString BlamelessRules::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("blameless.json"));
}

bool BlamelessRules::load(const QString &path, BlamelessRules *rules, Error *error)
{
    QJsonObject object;
    bool exists = false;
    if (!JsonFile::readObject(path, &object, &exists, error))
        return false;
    if (!exists) {
        *rules = defaults();
        return true;
    }
    Error scratch;
    if (!fromJson(object, rules, &scratch)) {
        if (error)
            *error = {scratch.code, scratch.field, QStringLiteral("%1: %2").arg(path, scratch.message)};
        return false;
    }
    return true;
}

bool BlamelessRules::save(const QString &path, Error *error) const
{
    return JsonFile::writeObject(path, toJson(), error);
}

QJsonObject BlamelessRules::toJson() const
{
    QJsonObject langs;
    for (const BlamelessLanguage &language : languages) {
        QJsonArray phrases;
        for (const BlamelessPhrase &p : language.phrases) {
            phrases.append(QJsonObject {{QStringLiteral("phrase"), p.phrase},
                {QStringLiteral("suggestion"), p.suggestion},
                {QStringLiteral("person"),
                    p.person == BlamelessPhrase::Person::Before ? QStringLiteral("before")
                                                                : QStringLiteral("near")}});
        }
        langs.insert(language.code,
            QJsonObject {{QStringLiteral("explanation"), language.explanation},
                {QStringLiteral("phrases"), phrases},
                {QStringLiteral("exemptions"), QJsonArray::fromStringList(language.exemptions)},
                {QStringLiteral("negations"), QJsonArray::fromStringList(language.negations)}});
    }
    return {{QStringLiteral("format"), QString(rulesFormat)}, {QStringLiteral("version"), rulesVersion},
        {QStringLiteral("window"), window}, {QStringLiteral("gap"), gap},
        {QStringLiteral("names"), QJsonArray::fromStringList(names)}, {QStringLiteral("languages"), langs}};
}

bool BlamelessRules::fromJson(const QJsonObject &json, BlamelessRules *rules, Error *error)
{
    const auto fail = [error](const QString &field, const QString &message) {
        if (error)
            *error = rulesError(field, message);
        return false;
    };
    if (json.value(QStringLiteral("format")).toString() != rulesFormat)
        return fail(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(rulesFormat));
    if (json.value(QStringLiteral("version")).toInt() != rulesVersion)
        return fail(QStringLiteral("version"), QStringLiteral("must be %1").arg(rulesVersion));

    BlamelessRules out;
    const auto bounded = [&json](const char *key, int fallback, int *value) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            *value = fallback;
            return true;
        }
        *value = v.toInt(-1);
        return v.isDouble() && *value >= 0 && *value <= 20;
    };
    if (!bounded("window", out.window, &out.window))
        return fail(QStringLiteral("window"), QStringLiteral("must be a whole number from 0 to 20"));
    if (!bounded("gap", out.gap, &out.gap))
        return fail(QStringLiteral("gap"), QStringLiteral("must be a whole number from 0 to 20"));
    out.names = stringList(json.value(QStringLiteral("names")));

    const QJsonValue langsValue = json.value(QStringLiteral("languages"));
    if (!langsValue.isObject())
        return fail(QStringLiteral("languages"), QStringLiteral("must be an object of languages"));
    const QJsonObject langs = langsValue.toObject();
    for (auto it = langs.begin(); it != langs.end(); ++it) {
        const QString field = QStringLiteral("languages.%1").arg(it.key());
        if (!it.value().isObject())
            return fail(field, QStringLiteral("must be an object"));
        const QJsonObject lang = it.value().toObject();
        BlamelessLanguage language;
        language.code = it.key();
        language.explanation = lang.value(QStringLiteral("explanation")).toString();
        language.exemptions = stringList(lang.value(QStringLiteral("exemptions")));
        language.negations = stringList(lang.value(QStringLiteral("negations")));
        const QJsonArray phrases = lang.value(QStringLiteral("phrases")).toArray();
        for (int i = 0; i < phrases.size(); ++i) {
            const QJsonObject p = phrases.at(i).toObject();
            const QString phraseField = QStringLiteral("%1.phrases[%2]").arg(field).arg(i);
            BlamelessPhrase phrase;
            phrase.phrase = p.value(QStringLiteral("phrase")).toString().trimmed();
            if (phrase.phrase.isEmpty())
                return fail(phraseField + QStringLiteral(".phrase"), QStringLiteral("must not be empty"));
            phrase.suggestion = p.value(QStringLiteral("suggestion")).toString();
            const QString person = p.value(QStringLiteral("person")).toString(QStringLiteral("near"));
            if (person != QLatin1String("near") && person != QLatin1String("before"))
                return fail(
                    phraseField + QStringLiteral(".person"), QStringLiteral("must be near or before"));
            phrase.person = person == QLatin1String("before") ? BlamelessPhrase::Person::Before
                                                              : BlamelessPhrase::Person::Near;
            language.phrases.append(phrase);
        }
        out.languages.append(language);
    }
    *rules = out;
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// BlamelessCheck

BlamelessCheck::BlamelessCheck(BlamelessRules rules)
    : m_rules(std::move(rules))
{
    setNames({});
}

void BlamelessCheck::setNames(const QStringList &names)
{
    m_names.clear();
    m_namePatterns.clear();
    QSet<QString> seen;
    const auto add = [&](const QString &name) {
        const QString trimmed = name.trimmed();
        const Pattern pattern = compile(trimmed);
        // A name must be a word of two letters or more; "…" or "*" in a name would be a pattern.
        if (pattern.words.isEmpty() || trimmed.size() < 2 || trimmed.contains(QLatin1Char('*')))
            return;
        for (const QString &word : pattern.words) {
            if (isGap(word))
                return;
        }
        const QString key = pattern.words.join(QLatin1Char(' '));
        if (seen.contains(key))
            return;
        seen.insert(key);
        m_names.append(trimmed);
        m_namePatterns.append(pattern);
        // The possessive without an apostrophe: "Marcos Schuld", "Lenas Fehler".
        Pattern possessive = pattern;
        possessive.words.last().append(QLatin1Char('s'));
        m_namePatterns.append(possessive);
    };
    for (const QString &name : m_rules.names + names) {
        add(name);
        // Login names ("priya.sharma", "marco_rossi", "Lena Vogel") are written as one of their parts.
        if (name.contains(QLatin1Char('.')) || name.contains(QLatin1Char('_'))
            || name.contains(QLatin1Char(' '))) {
            for (const Token &part : tokenize(name)) {
                if (part.length >= 3)
                    add(name.mid(part.start, part.length));
            }
        }
    }
}

QList<BlamelessCheck::Token> BlamelessCheck::tokenize(const QString &text)
{
    QList<Token> tokens;
    int sentence = 0;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            int j = i + 1;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j).isMark()))
                ++j;
            tokens.append({i, j - i, text.mid(i, j - i).toLower(), sentence});
            i = j;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';')
            || c == QChar(0x2026)) {
            ++sentence;
        } else if (c == QLatin1Char('.')) {
            // A full stop ends a sentence; a dot inside "v1.2" or "orders.metadata" does not.
            if (i + 1 >= n || !text.at(i + 1).isLetterOrNumber())
                ++sentence;
        }
        ++i;
    }
    return tokens;
}

BlamelessCheck::Pattern BlamelessCheck::compile(const QString &phrase)
{
    Pattern pattern;
    const QStringList pieces = phrase.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        if (isGap(piece)) {
            if (!pattern.words.isEmpty() && !isGap(pattern.words.last()))
                pattern.words.append(QStringLiteral("…"));
            continue;
        }
        const bool prefix = piece.endsWith(QLatin1Char('*'));
        const QList<Token> parts = tokenize(prefix ? piece.chopped(1) : piece);
        for (int i = 0; i < parts.size(); ++i)
            pattern.words.append(
                parts.at(i).word + (prefix && i == parts.size() - 1 ? QStringLiteral("*") : QString()));
    }
    while (!pattern.words.isEmpty() && isGap(pattern.words.last()))
        pattern.words.removeLast();
    return pattern;
}

int BlamelessCheck::matchFrom(const QList<Token> &tokens, const Pattern &pattern, int token, int word) const
{
    if (word == pattern.words.size())
        return token - 1;
    const QString &w = pattern.words.at(word);
    if (isGap(w)) {
        for (int skip = 0; skip <= m_rules.gap && token + skip <= tokens.size(); ++skip) {
            const int end = matchFrom(tokens, pattern, token + skip, word + 1);
            if (end >= 0)
                return end;
        }
        return -1;
    }
    if (token >= tokens.size())
        return -1;
    const QString &candidate = tokens.at(token).word;
    const bool matches
        = w.endsWith(QLatin1Char('*')) ? candidate.startsWith(QStringView(w).chopped(1)) : candidate == w;
    return matches ? matchFrom(tokens, pattern, token + 1, word + 1) : -1;
}

QList<BlamelessCheck::Match> BlamelessCheck::find(const QList<Token> &tokens, const Pattern &pattern) const
{
    QList<Match> matches;
    if (pattern.words.isEmpty())
        return matches;
    for (int i = 0; i < tokens.size(); ++i) {
        const int last = matchFrom(tokens, pattern, i, 0);
        if (last < i || tokens.at(last).sentence != tokens.at(i).sentence)
            continue;
        matches.append({i, last});
        i = last;
    }
    return matches;
}

QList<BlamelessFinding> BlamelessCheck::check(const QString &text) const
{
    QList<BlamelessFinding> found;
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty() || m_namePatterns.isEmpty())
        return found;

    QList<Match> names;
    for (const Pattern &pattern : m_namePatterns)
        names += find(tokens, pattern);
    if (names.isEmpty())
        return found;

    for (const BlamelessLanguage &language : m_rules.languages) {
        QList<Match> exempt;
        for (const QString &exemption : language.exemptions)
            exempt += find(tokens, compile(exemption));
        QSet<QString> negations;
        for (const QString &negation : language.negations)
            negations.insert(negation.toLower());

        for (const BlamelessPhrase &phrase : language.phrases) {
            for (const Match &m : find(tokens, compile(phrase.phrase))) {
                const int sentence = tokens.at(m.first).sentence;
                const bool isExempt = std::any_of(exempt.cbegin(), exempt.cend(),
                    [&m](const Match &e) { return e.first <= m.last && m.first <= e.last; });
                if (isExempt)
                    continue;
                bool negated = false;
                for (int k = 1; k <= negationReach && m.first - k >= 0; ++k) {
                    const Token &before = tokens.at(m.first - k);
                    if (before.sentence != sentence)
                        break;
                    negated = negated || negations.contains(before.word);
                }
                if (negated)
                    continue;

                // The nearest name in the same sentence: inside the phrase's gap, before it, or after it.
                const Match *person = nullptr;
                int best = m_rules.window + 1;
                for (const Match &name : names) {
                    if (tokens.at(name.first).sentence != sentence)
                        continue;
                    int distance = -1;
                    if (name.first > m.first && name.last < m.last)
                        distance = 0;
                    else if (name.last < m.first)
                        distance = m.first - name.last - 1;
                    else if (name.first > m.last && phrase.person == BlamelessPhrase::Person::Near)
                        distance = name.first - m.last - 1;
                    if (distance >= 0 && distance < best) {
                        best = distance;
                        person = &name;
                    }
                }
                if (!person)
                    continue;

                BlamelessFinding f;
                f.position = tokens.at(m.first).start;
                f.length = tokens.at(m.last).start + tokens.at(m.last).length - f.position;
                f.phrase = text.mid(f.position, f.length);
                f.rule = phrase.phrase;
                f.personPosition = tokens.at(person->first).start;
                f.personLength
                    = tokens.at(person->last).start + tokens.at(person->last).length - f.personPosition;
                f.person = text.mid(f.personPosition, f.personLength);
                f.language = language.code;
                f.suggestion = phrase.suggestion;
                f.explanation = language.explanation;
                found.append(f);
            }
        }
    }

    // "la faute de" and "faute" match the same words: keep the longer phrase, once.
    std::stable_sort(found.begin(), found.end(), [](const BlamelessFinding &a, const BlamelessFinding &b) {
        return a.length != b.length ? a.length > b.length : a.position < b.position;
    });
    QList<BlamelessFinding> kept;
    for (const BlamelessFinding &f : std::as_const(found)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&f](const BlamelessFinding &k) {
            return f.position < k.position + k.length && k.position < f.position + f.length;
        });
        if (!overlaps)
            kept.append(f);
    }
    std::sort(kept.begin(), kept.end(),
        [](const BlamelessFinding &a, const BlamelessFinding &b) { return a.position < b.position; });
    return kept;
}

QStringList BlamelessCheck::peopleOf(const IncidentState &state)
{
    QStringList people;
    const auto add = [&people](const QString &name) {
        if (!name.isEmpty() && !people.contains(name))
            people.append(name);
    };
    add(state.declaredBy());
    for (const RoleTenure &tenure : state.roleHistory()) {
        add(tenure.person);
        add(tenure.assignedBy);
    }
    // Alerts are recorded under their source ("alertmanager"), which is not a person: not among the writers.
    for (const QString &writer : state.writers())
        add(writer);
    for (const Runbook &runbook : state.runbooks()) {
        add(runbook.attachedBy);
        for (const RunbookStep &step : runbook.steps) {
            add(step.by);
            add(step.approvedBy);
        }
    }
    for (const FollowUpAction &action : state.actions()) {
        add(action.owner);
        add(action.createdBy);
    }
    for (const ChatDelivery &chat : state.chats())
        add(chat.actor);
    std::sort(people.begin(), people.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return people;
}

} // namespace Warroom
