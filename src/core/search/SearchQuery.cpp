#include "core/search/SearchQuery.h"

#include "core/search/SearchTokenizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace rt {

namespace {

constexpr int MaxQueryLength = 2000;
constexpr int MaxDepth = 24;

enum class TokenType { Word, Field, Or, And, Not, Open, Close };

struct Token
{
    TokenType type;
    QString text; // the word, phrase or field value
    QString field; // for Field: the field's name, lower case
    QString source; // as typed, for messages
    bool quoted = false;
    bool prefix = false;
};

struct Node
{
    enum class Type { Text, And, Or, Not, After, Before } type = Type::Text;
    QString fts; // Text: an FTS5 phrase, already quoted
    SearchPhrase phrase; // Text: the same as tokens
    QDate date; // After/Before: the inclusive bound
    QString source; // as typed, for messages
    std::vector<Node> children; // And, Or, Not
};

bool isQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E) || c == QChar(0xFF02);
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

const QStringList &textFields()
{
    static const QStringList fields = { QStringLiteral("speaker"), QStringLiteral("org"),
        QStringLiteral("series"), QStringLiteral("city"), QStringLiteral("topic") };
    return fields;
}

const QStringList &allFields()
{
    static const QStringList fields = textFields()
        + QStringList { QStringLiteral("country"), QStringLiteral("format"), QStringLiteral("year"),
              QStringLiteral("after"), QStringLiteral("before") };
    return fields;
}

QString columnOf(const QString &field)
{
    if (field == QLatin1String("speaker"))
        return QStringLiteral("speakers");
    if (field == QLatin1String("org"))
        return QStringLiteral("orgs");
    if (field == QLatin1String("topic"))
        return QStringLiteral("topics");
    return field; // series, city
}

// A phrase of `column` (a name of SearchQuery::columnNames(), or empty for any) made of the
// query tokens of `text`.
SearchPhrase phraseOf(const QString &column, const QString &text, bool prefix)
{
    SearchPhrase phrase;
    phrase.column = column.isEmpty() ? -1 : int(SearchQuery::columnNames().indexOf(column));
    phrase.tokens = SearchTokenizer::tokens(text);
    phrase.prefix = prefix;
    return phrase;
}

// Numbers the phrases of `tree` in the order the MATCH text names them, as FTS5 does:
// `compiled` holds them in the order they were compiled.
void numberPhrases(SearchExpression &tree, const QList<SearchPhrase> &compiled, QList<SearchPhrase> *phrases)
{
    if (tree.op == SearchExpression::Op::Phrase) {
        phrases->append(compiled.at(tree.phrase));
        tree.phrase = int(phrases->size()) - 1;
        return;
    }
    for (SearchExpression &child : tree.children)
        numberPhrases(child, compiled, phrases);
}

// An FTS5 string: the only form in which user text reaches FTS5. Inside double quotes
// FTS5 knows no operator; a double quote is escaped by doubling it.
QString ftsString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Whether the last token of a word is looked for as the start of words (DESIGN.md, "Search"):
// a bare word matches every word it begins ("hydro" finds "hydropower"), as the search boxes
// of Calibre and of mail programs do; a "quoted" word only that word. One Chinese or Japanese
// character is always a prefix: the index holds pairs, and a single character must find every
// text that contains it (张 finds 张玉军); two or more are matched as the pairs they make.
// A word of Thai, Lao, Khmer or Burmese is matched whole, though inside longer words too
// (SearchTokenizer): without spaces, the start of a word is no clue to the words it begins.
bool matchesAsPrefix(const QString &lastToken, bool quoted)
{
    if (SearchTokenizer::endsWord(lastToken))
        return false;
    const char32_t first = lastToken.toUcs4().value(0);
    const QChar::Script script = QChar::script(first);
    const bool han
        = script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
    if (han)
        return lastToken.toUcs4().size() == 1;
    return !quoted;
}

QString folded(const QString &text)
{
    return SearchTokenizer::tokens(text).join(QLatin1Char(' '));
}

} // namespace

// Recursive descent over the tokens of one query.
class SearchQueryParser
{
    Q_DECLARE_TR_FUNCTIONS(rt::SearchQueryParser)

public:
    explicit SearchQueryParser(SearchQuery &query)
        : m_query(query)
    {
    }

    void run(const QString &text);

private:
    bool lex(const QString &text);
    std::optional<Node> parseOr(int depth);
    std::optional<Node> parseAnd(int depth);
    std::optional<Node> parseUnary(int depth);
    std::optional<Node> parsePrimary(int depth);
    std::optional<Node> fieldNode(const Token &token);
    std::optional<Node> textNode(const QString &column, const Token &token);
    std::optional<QDate> parseDate(const QString &value, bool after, const QString &source);

    bool compile(const Node &node, QString *out, SearchExpression *tree);
    bool compileGroup(const std::vector<const Node *> &items, QString *out, SearchExpression *tree);
    void flatten(const Node &node, std::vector<const Node *> *items);

    bool fail(const QString &message)
    {
        if (m_query.m_error.isEmpty())
            m_query.m_error = message;
        return false;
    }
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    const Token &peek() const { return m_tokens[m_pos]; }

    SearchQuery &m_query;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_negated = 0; // inside a -term: its words are not highlighted
    QList<SearchPhrase> m_compiled; // the phrases of the trees, in the order compiled
};

bool SearchQueryParser::lex(const QString &text)
{
    const int n = int(text.size());
    int i = 0;
    // A ")" that closes nothing is punctuation, as in "') OR 1=1 --": searched as text.
    int depth = 0;
    auto readPhrase = [&](int from, QString *phrase) {
        // An unclosed quote runs to the end: the box is searched while the user still types.
        int j = from;
        while (j < n && !isQuote(text.at(j)))
            ++j;
        *phrase = text.mid(from, j - from);
        return j < n ? j + 1 : j;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'(' || c == QChar(0xFF08)) {
            ++depth;
            m_tokens.push_back({ TokenType::Open, {}, {}, QStringLiteral("("), false, false });
            ++i;
            continue;
        }
        if ((c == u')' || c == QChar(0xFF09)) && depth > 0) {
            --depth;
            m_tokens.push_back({ TokenType::Close, {}, {}, QStringLiteral(")"), false, false });
            ++i;
            continue;
        }
        if (isQuote(c)) {
            QString phrase;
            const int end = readPhrase(i + 1, &phrase);
            m_tokens.push_back({ TokenType::Word, phrase, {}, text.mid(i, end - i), true, false });
            i = end;
            continue;
        }
        if (c == u'-' && i + 1 < n && !isSpace(text.at(i + 1)) && text.at(i + 1) != u')') {
            m_tokens.push_back({ TokenType::Not, {}, {}, QStringLiteral("-"), false, false });
            ++i;
            continue;
        }
        int j = i;
        while (j < n && !isSpace(text.at(j)) && !isQuote(text.at(j)) && text.at(j) != u'('
            && text.at(j) != QChar(0xFF08)
            && !((text.at(j) == u')' || text.at(j) == QChar(0xFF09)) && depth > 0 && j > i))
            ++j;
        QString word = text.mid(i, j - i);
        i = j;
        if (word == QLatin1String("OR") || word == QLatin1String("|")) {
            m_tokens.push_back({ TokenType::Or, {}, {}, word, false, false });
            continue;
        }
        if (word == QLatin1String("AND")) {
            // Words are joined by AND anyway, but a dangling AND is as wrong as a dangling OR.
            m_tokens.push_back({ TokenType::And, {}, {}, word, false, false });
            continue;
        }
        if (word == QLatin1String("NOT")) {
            m_tokens.push_back({ TokenType::Not, {}, {}, word, false, false });
            continue;
        }
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString name = word.left(colon).toLower();
            QString value = word.mid(colon + 1);
            if (allFields().contains(name)) {
                bool quoted = false;
                QString source = word;
                if (value.isEmpty() && i < n && isQuote(text.at(i))) {
                    const int end = readPhrase(i + 1, &value);
                    source += text.mid(i, end - i);
                    i = end;
                    quoted = true;
                }
                if (value.isEmpty())
                    return fail(
                        tr("%1: needs a value after the colon, e.g. %1:lmec or %1:\"two words\"").arg(name));
                m_tokens.push_back({ TokenType::Field, value, name, source, quoted, false });
                continue;
            }
            static const QRegularExpression fieldLike(QStringLiteral("^[A-Za-z_]+$"));
            if (fieldLike.match(name).hasMatch() && !value.startsWith(QLatin1String("//")))
                return fail(
                    tr("unknown field \"%1:\"; the fields are %2")
                        .arg(word.left(colon), allFields().join(QLatin1String(": ")) + QLatin1Char(':')));
        }
        bool prefix = false;
        if (word.size() > 1 && word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            prefix = true;
        }
        m_tokens.push_back({ TokenType::Word, word, {}, word, false, prefix });
    }
    return true;
}

std::optional<Node> SearchQueryParser::textNode(const QString &column, const Token &token)
{
    Node node;
    node.source = token.source;
    const QStringList tokens = SearchTokenizer::tokens(token.text);
    const bool prefix = token.prefix || (!tokens.isEmpty() && matchesAsPrefix(tokens.last(), token.quoted));
    if (m_negated == 0 && !tokens.isEmpty()) {
        QStringList exact = tokens;
        if (prefix)
            m_query.m_prefixes.append(exact.takeLast());
        m_query.m_highlight.append(exact);
    }
    if (tokens.isEmpty()) {
        if (!column.isEmpty()) {
            fail(tr("%1 has nothing to search for: it needs letters or digits").arg(token.source));
            return std::nullopt;
        }
        m_query.m_ignored.append(token.source);
        node.fts.clear(); // an empty Text node is dropped later
        return node;
    }
    QString fts = ftsString(token.text);
    if (prefix)
        fts += QLatin1String(" *");
    if (!column.isEmpty())
        fts = QLatin1Char('{') + column + QLatin1String("} : ") + fts;
    node.fts = fts;
    node.phrase.column = column.isEmpty() ? -1 : int(SearchQuery::columnNames().indexOf(column));
    node.phrase.tokens = tokens; // as FTS5 cuts the quoted text: the same tokenizer, as a query
    node.phrase.prefix = prefix;
    return node;
}

std::optional<QDate> SearchQueryParser::parseDate(const QString &value, bool after, const QString &source)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?$"));
    const auto match = pattern.match(value);
    auto bad = [&] {
        fail(tr("%1 is not a date: write a year, a month or a day, e.g. %2:2022, %2:2022-11 or %2:2022-11-23")
                 .arg(source, after ? QStringLiteral("after") : QStringLiteral("before")));
        return std::nullopt;
    };
    if (!match.hasMatch())
        return bad();
    const int year = match.captured(1).toInt();
    const bool hasMonth = !match.captured(2).isEmpty();
    const bool hasDay = !match.captured(3).isEmpty();
    const int month = hasMonth ? match.captured(2).toInt() : 1;
    const int day = hasDay ? match.captured(3).toInt() : 1;
    const QDate first(year, month, day);
    if (!first.isValid() || year < 1)
        return bad();
    // The period the user named: a year, a month or a day. "after:2021" means from 2022 on.
    QDate last = first;
    if (!hasMonth)
        last = QDate(year, 12, 31);
    else if (!hasDay)
        last = QDate(year, month, first.daysInMonth());
    return after ? last.addDays(1) : first.addDays(-1);
}

std::optional<Node> SearchQueryParser::fieldNode(const Token &token)
{
    const QString &field = token.field;
    if (textFields().contains(field))
        return textNode(columnOf(field), token);

    Node node;
    node.source = token.source;
    const QString value = token.text.trimmed();
    if (field == QLatin1String("year")) {
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        if (!year.match(value).hasMatch()) {
            fail(tr("%1 is not a year: write year:2022").arg(token.source));
            return std::nullopt;
        }
        node.fts = QStringLiteral("{facts} : ") + ftsString(QLatin1String("year") + value);
        node.phrase = phraseOf(QStringLiteral("facts"), QLatin1String("year") + value, false);
        return node;
    }
    if (field == QLatin1String("format")) {
        QString normal = value.toLower();
        normal.remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        if (normal == QLatin1String("offline") || normal == QLatin1String("onsite"))
            normal = QStringLiteral("inperson");
        if (normal == QLatin1String("virtual"))
            normal = QStringLiteral("online");
        if (normal != QLatin1String("inperson") && normal != QLatin1String("online")
            && normal != QLatin1String("hybrid")) {
            fail(tr("%1: the formats are in_person, online and hybrid").arg(token.source));
            return std::nullopt;
        }
        node.fts = QStringLiteral("{facts} : ") + ftsString(QLatin1String("format") + normal);
        node.phrase = phraseOf(QStringLiteral("facts"), QLatin1String("format") + normal, false);
        return node;
    }
    if (field == QLatin1String("country")) {
        const QString code = SearchQuery::countryCode(value);
        if (code.isEmpty()) {
            fail(tr("%1: unknown country; write its name in English or its two-letter code, e.g. country:TH")
                     .arg(token.source));
            return std::nullopt;
        }
        node.fts = QStringLiteral("{facts} : ") + ftsString(QLatin1String("country") + code.toLower());
        node.phrase = phraseOf(QStringLiteral("facts"), QLatin1String("country") + code.toLower(), false);
        return node;
    }
    const bool after = field == QLatin1String("after");
    const std::optional<QDate> date = parseDate(value, after, token.source);
    if (!date)
        return std::nullopt;
    node.type = after ? Node::Type::After : Node::Type::Before;
    node.date = *date;
    return node;
}

std::optional<Node> SearchQueryParser::parsePrimary(int depth)
{
    if (depth > MaxDepth) {
        fail(tr("the query is nested too deeply"));
        return std::nullopt;
    }
    const Token token = peek();
    ++m_pos;
    switch (token.type) {
    case TokenType::Open: {
        if (!atEnd() && peek().type == TokenType::Close) {
            fail(tr("\"()\" holds nothing to search for"));
            return std::nullopt;
        }
        std::optional<Node> inner = parseOr(depth + 1);
        if (!inner)
            return std::nullopt;
        if (atEnd() || peek().type != TokenType::Close) {
            fail(tr("a \"(\" is not closed: add \")\""));
            return std::nullopt;
        }
        ++m_pos;
        return inner;
    }
    case TokenType::Word:
        return textNode(QString(), token);
    case TokenType::Field:
        return fieldNode(token);
    case TokenType::Close:
        fail(tr("a \")\" has no \"(\" before it"));
        return std::nullopt;
    case TokenType::Or:
    case TokenType::And:
    case TokenType::Not:
        break;
    }
    fail(tr("\"%1\" needs a word after it").arg(token.source));
    return std::nullopt;
}

std::optional<Node> SearchQueryParser::parseUnary(int depth)
{
    if (peek().type == TokenType::Not) {
        const Token token = peek();
        ++m_pos;
        if (atEnd() || peek().type == TokenType::Or || peek().type == TokenType::Close
            || peek().type == TokenType::Not) {
            fail(tr("\"%1\" needs a word after it, e.g. -word").arg(token.source));
            return std::nullopt;
        }
        ++m_negated;
        std::optional<Node> inner = parsePrimary(depth + 1);
        --m_negated;
        if (!inner)
            return std::nullopt;
        Node node;
        node.type = Node::Type::Not;
        node.source = token.source + inner->source;
        node.children.push_back(std::move(*inner));
        return node;
    }
    return parsePrimary(depth);
}

std::optional<Node> SearchQueryParser::parseAnd(int depth)
{
    Node node;
    node.type = Node::Type::And;
    while (!atEnd() && peek().type != TokenType::Or && peek().type != TokenType::Close) {
        if (peek().type == TokenType::And) {
            // The same rule as for OR: a term on either side.
            if (node.children.empty()) {
                fail(tr("AND needs a search term before it"));
                return std::nullopt;
            }
            ++m_pos;
            if (atEnd() || peek().type == TokenType::Or || peek().type == TokenType::And
                || peek().type == TokenType::Close) {
                fail(tr("AND needs a search term after it"));
                return std::nullopt;
            }
            continue;
        }
        std::optional<Node> item = parseUnary(depth);
        if (!item)
            return std::nullopt;
        node.children.push_back(std::move(*item));
    }
    return node;
}

std::optional<Node> SearchQueryParser::parseOr(int depth)
{
    if (!atEnd() && peek().type == TokenType::Or) {
        fail(tr("OR needs a search term before it"));
        return std::nullopt;
    }
    Node node;
    node.type = Node::Type::Or;
    std::optional<Node> first = parseAnd(depth);
    if (!first)
        return std::nullopt;
    node.children.push_back(std::move(*first));
    while (!atEnd() && peek().type == TokenType::Or) {
        ++m_pos;
        if (atEnd() || peek().type == TokenType::Or || peek().type == TokenType::Close) {
            fail(tr("OR needs a search term after it"));
            return std::nullopt;
        }
        std::optional<Node> next = parseAnd(depth);
        if (!next)
            return std::nullopt;
        node.children.push_back(std::move(*next));
    }
    return node;
}

// Whether a node still asks for something once its empty terms ("--") are dropped.
static bool isEmptyNode(const Node &node)
{
    switch (node.type) {
    case Node::Type::Text:
        return node.fts.isEmpty();
    case Node::Type::After:
    case Node::Type::Before:
        return false;
    default:
        for (const Node &child : node.children) {
            if (!isEmptyNode(child))
                return false;
        }
        return true;
    }
}

bool SearchQueryParser::compile(const Node &node, QString *out, SearchExpression *tree)
{
    switch (node.type) {
    case Node::Type::Text:
        *out = node.fts;
        tree->op = SearchExpression::Op::Phrase;
        tree->phrase = int(m_compiled.size());
        m_compiled.append(node.phrase);
        return true;
    case Node::Type::After:
    case Node::Type::Before:
        return fail(tr("%1 narrows the whole search: it cannot be excluded with - or be one side of OR")
                        .arg(node.source));
    case Node::Type::Not:
        return fail(
            tr("\"%1\" excludes, so it cannot be one side of OR: write (word %1) OR …").arg(node.source));
    case Node::Type::And: {
        std::vector<const Node *> items;
        for (const Node &child : node.children) {
            if (!isEmptyNode(child))
                items.push_back(&child);
        }
        if (items.size() == 1 && items.front()->type != Node::Type::Not)
            return compile(*items.front(), out, tree);
        return compileGroup(items, out, tree);
    }
    case Node::Type::Or: {
        QStringList parts;
        SearchExpression any;
        any.op = SearchExpression::Op::Or;
        for (const Node &child : node.children) {
            if (isEmptyNode(child))
                continue;
            QString part;
            SearchExpression branch;
            if (!compile(child, &part, &branch))
                return false;
            parts.append(part);
            any.children.push_back(std::move(branch));
        }
        *out = parts.size() == 1 ? parts.front()
                                 : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
        *tree = any.children.size() == 1 ? std::move(any.children.front()) : std::move(any);
        return true;
    }
    }
    return false;
}

// A group of terms joined by AND, some of them excluded: FTS5 writes "(a AND b) NOT (c)".
bool SearchQueryParser::compileGroup(
    const std::vector<const Node *> &items, QString *out, SearchExpression *tree)
{
    QStringList positive;
    QStringList negative;
    SearchExpression all, none;
    all.op = SearchExpression::Op::And;
    for (const Node *item : items) {
        QString part;
        SearchExpression branch;
        if (item->type == Node::Type::Not) {
            const Node &inner = item->children.front();
            if (isEmptyNode(inner))
                continue;
            if (!compile(inner, &part, &branch))
                return false;
            negative.append(part);
            none.children.push_back(std::move(branch));
        } else {
            if (!compile(*item, &part, &branch))
                return false;
            positive.append(part);
            all.children.push_back(std::move(branch));
        }
    }
    if (positive.isEmpty())
        return fail(tr("a word excluded with - needs a word to look for beside it, e.g. (mekong -dam)"));
    QString result = QLatin1Char('(') + positive.join(QLatin1String(" AND ")) + QLatin1Char(')');
    for (const QString &part : std::as_const(negative))
        result += QLatin1String(" NOT ") + part;
    *out = QLatin1Char('(') + result + QLatin1Char(')');
    // The tree in the order of the text: the positive group, then the excluded terms.
    if (none.children.empty()) {
        *tree = std::move(all);
    } else {
        tree->op = SearchExpression::Op::AndNot;
        tree->children.clear();
        tree->children.push_back(std::move(all));
        for (SearchExpression &branch : none.children)
            tree->children.push_back(std::move(branch));
    }
    return true;
}

void SearchQueryParser::flatten(const Node &node, std::vector<const Node *> *items)
{
    const bool group
        = node.type == Node::Type::And || (node.type == Node::Type::Or && node.children.size() == 1);
    if (!group) {
        items->push_back(&node);
        return;
    }
    for (const Node &child : node.children)
        flatten(child, items);
}

void SearchQueryParser::run(const QString &text)
{
    if (text.size() > MaxQueryLength) {
        fail(tr("the query is too long (more than %1 characters)").arg(MaxQueryLength));
        return;
    }
    // Control characters (a NUL above all) end strings in C code below us: make them spaces.
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (!lex(clean))
        return;
    if (m_tokens.empty())
        return; // nothing typed: everything matches
    std::optional<Node> root = parseOr(0);
    if (!root)
        return;
    if (!atEnd()) {
        fail(tr("a \")\" has no \"(\" before it"));
        return;
    }
    if (isEmptyNode(*root)) {
        fail(tr("nothing to search for: the query holds no letters or digits"));
        return;
    }

    // The top level: date bounds become SQL conditions, excluded terms either FTS5 NOT or,
    // when nothing positive is asked, a NOT IN.
    std::vector<const Node *> items;
    flatten(*root, &items);
    std::vector<const Node *> terms;
    bool hasPositive = false;
    for (const Node *item : items) {
        if (isEmptyNode(*item))
            continue;
        if (item->type == Node::Type::After) {
            if (!m_query.m_after.isValid() || item->date > m_query.m_after)
                m_query.m_after = item->date;
        } else if (item->type == Node::Type::Before) {
            if (!m_query.m_before.isValid() || item->date < m_query.m_before)
                m_query.m_before = item->date;
        } else {
            terms.push_back(item);
            hasPositive = hasPositive || item->type != Node::Type::Not;
        }
    }
    if (terms.empty())
        return;
    SearchExpression tree;
    if (hasPositive) {
        QString expression;
        if (terms.size() == 1) {
            if (!compile(*terms.front(), &expression, &tree))
                return;
        } else if (!compileGroup(terms, &expression, &tree)) {
            return;
        }
        m_query.m_match = expression;
        numberPhrases(tree, m_compiled, &m_query.m_matchPhrases);
        m_query.m_matchTree.push_back(std::move(tree));
        return;
    }
    QStringList excluded;
    tree.op = SearchExpression::Op::Or;
    for (const Node *item : terms) {
        QString part;
        SearchExpression branch;
        if (!compile(item->children.front(), &part, &branch))
            return;
        excluded.append(part);
        tree.children.push_back(std::move(branch));
    }
    m_query.m_exclude = excluded.size() == 1 ? excluded.front() : excluded.join(QLatin1String(" OR "));
    if (tree.children.size() == 1) {
        SearchExpression only = std::move(tree.children.front());
        tree = std::move(only);
    }
    numberPhrases(tree, m_compiled, &m_query.m_excludePhrases);
    m_query.m_excludeTree.push_back(std::move(tree));
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    SearchQueryParser parser(query);
    parser.run(text);
    if (!query.isValid()) {
        query.m_match.clear();
        query.m_exclude.clear();
        query.m_matchTree.clear();
        query.m_excludeTree.clear();
        query.m_matchPhrases.clear();
        query.m_excludePhrases.clear();
        query.m_after = QDate();
        query.m_before = QDate();
        query.m_highlight.clear();
        query.m_prefixes.clear();
    }
    return query;
}

const QStringList &SearchQuery::columnNames()
{
    static const QStringList names = { QStringLiteral("title"), QStringLiteral("series"),
        QStringLiteral("kind"), QStringLiteral("speakers"), QStringLiteral("orgs"), QStringLiteral("topics"),
        QStringLiteral("city"), QStringLiteral("body"), QStringLiteral("facts") };
    return names;
}

double SearchQuery::columnWeight(int column)
{
    // bm25(10.0, 4.0, 2.0, 8.0, 5.0, 3.0, 3.0, 1.0, 0.0), the index's rank since 0002_search.sql.
    static constexpr double weights[ColumnCount] = { 10.0, 4.0, 2.0, 8.0, 5.0, 3.0, 3.0, 1.0, 0.0 };
    return column >= 0 && column < ColumnCount ? weights[column] : 1.0;
}

QString SearchQuery::countryCode(const QString &text)
{
    const QString value = text.trimmed();
    if (value.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(value.toUpper());
        if (territory != QLocale::AnyTerritory)
            return value.toUpper();
    }
    const QString wanted = folded(value);
    if (wanted.isEmpty())
        return {};
    // Names the region uses that differ from Qt's English names.
    static const QList<std::pair<QString, QString>> aliases = { { QStringLiteral("viet nam"),
                                                                    QStringLiteral("VN") },
        { QStringLiteral("lao pdr"), QStringLiteral("LA") }, { QStringLiteral("lao"), QStringLiteral("LA") },
        { QStringLiteral("burma"), QStringLiteral("MM") }, { QStringLiteral("prc"), QStringLiteral("CN") },
        { QStringLiteral("kampuchea"), QStringLiteral("KH") } };
    for (const auto &[name, code] : aliases) {
        if (wanted == name)
            return code;
    }
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        if (folded(QLocale::territoryToString(territory)) == wanted)
            return QLocale::territoryToCode(territory);
    }
    return {};
}

QString SearchQuery::quoted(const QString &value)
{
    QString clean = value;
    // The query language has no escape for a quote inside a phrase; a quote only ends it.
    for (QChar &c : clean) {
        if (isQuote(c))
            c = QLatin1Char(' ');
    }
    return QLatin1Char('"') + clean.simplified() + QLatin1Char('"');
}

} // namespace rt
