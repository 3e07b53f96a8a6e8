// SPDX-License-Identifier: GPL-3.0-or-later
#include "warroomdcommand.h"

#include "apiserver.h"
#include "clock.h"
#include "postgresstore.h"
#include "serverlogging.h"
#include "sqlitestore.h"
#include "storeopener.h"
#include "tlsconfig.h"
#include "unixsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Warroom {

namespace {

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text << Qt::endl; // endl flushes: tests read the line while the process runs
}

struct Options
{
    QCommandLineOption listen {QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT")};
    QCommandLineOption db {QStringLiteral("db"), QString(), QStringLiteral("PATH|URL")};
    QCommandLineOption config {QStringLiteral("config"), QString(), QStringLiteral("FILE")};
    QCommandLineOption tlsCert {QStringLiteral("tls-cert"), QString(), QStringLiteral("FILE")};
    QCommandLineOption tlsKey {QStringLiteral("tls-key"), QString(), QStringLiteral("FILE")};
    QCommandLineOption idleTimeout {QStringLiteral("idle-timeout"), QString(), QStringLiteral("SECONDS")};
    QCommandLineOption headTimeout {QStringLiteral("head-timeout"), QString(), QStringLiteral("SECONDS")};
    QCommandLineOption maxConnections {QStringLiteral("max-connections"), QString(), QStringLiteral("N")};
    QCommandLineOption maxPerHost {
        QStringLiteral("max-connections-per-host"), QString(), QStringLiteral("N")};
    QCommandLineOption rate {QStringLiteral("rate"), QString(), QStringLiteral("PER_SECOND")};
    QCommandLineOption burst {QStringLiteral("burst"), QString(), QStringLiteral("N")};
    QCommandLineOption name {QStringLiteral("name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption role {QStringLiteral("role"), QString(), QStringLiteral("ROLE")};
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}, QString()};
    QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")}, QString()};
};

/// The database named by --db, else by the config file's db, else the default.
/// Opens the database that --db, or else the --config file, names. On failure says why and returns the exit
/// code (Usage for a bad config file, Failed for a store that cannot be opened); Ok otherwise.
int openStore(const QCommandLineParser &parser, const Options &o, std::unique_ptr<OpenedStore> *store)
{
    ServerConfig config;
    QString problem;
    if (parser.isSet(o.config) && !config.loadIni(parser.value(o.config), &problem)) {
        printErr(QStringLiteral("warroomd: %1").arg(problem));
        return WarroomdCommand::Usage;
    }
    Error error;
    *store = OpenedStore::open(parser.isSet(o.db) ? parser.value(o.db) : config.database, &error);
    if (!*store) {
        printErr(QStringLiteral("warroomd: %1").arg(error.message));
        return WarroomdCommand::Failed;
    }
    return WarroomdCommand::Ok;
}

int serve(const QCommandLineParser &parser, const Options &o)
{
    ServerConfig config;
    QString problem;
    if (parser.isSet(o.config) && !config.loadIni(parser.value(o.config), &problem)) {
        printErr(QStringLiteral("warroomd: %1").arg(problem));
        return WarroomdCommand::Usage;
    }
    const QList<QPair<const QCommandLineOption *, QString>> overrides {
        {&o.listen, QStringLiteral("listen")},
        {&o.db, QStringLiteral("db")},
        {&o.tlsCert, QStringLiteral("tls_cert")},
        {&o.tlsKey, QStringLiteral("tls_key")},
        {&o.idleTimeout, QStringLiteral("idle_timeout")},
        {&o.headTimeout, QStringLiteral("head_timeout")},
        {&o.maxConnections, QStringLiteral("max_connections")},
        {&o.maxPerHost, QStringLiteral("max_connections_per_host")},
        {&o.rate, QStringLiteral("rate")},
        {&o.burst, QStringLiteral("burst")},
    };
    for (const auto &[option, key] : overrides) {
        if (parser.isSet(*option) && !config.set(key, parser.value(*option), &problem)) {
            printErr(QStringLiteral("warroomd: %1").arg(problem));
            return WarroomdCommand::Usage;
        }
    }
    if (!config.validate(&problem)) {
        printErr(QStringLiteral("warroomd: %1").arg(problem));
        return WarroomdCommand::Usage;
    }

    Error error;
    // A TLS mistake stops warroomd before it creates a database (ApiServer::start loads the files again for
    // itself: two small files).
    QSslConfiguration tls;
    if (!config.tlsCert.isEmpty() && !loadTlsConfiguration(config.tlsCert, config.tlsKey, &tls, &error)) {
        printErr(QStringLiteral("warroomd: %1").arg(error.message));
        return WarroomdCommand::Failed;
    }
    const std::unique_ptr<OpenedStore> store = OpenedStore::open(config.database, &error);
    if (!store) {
        printErr(QStringLiteral("warroomd: %1").arg(error.message));
        return WarroomdCommand::Failed;
    }
    ApiServer server(config, store->stores());
    if (!server.start(&error)) {
        printErr(QStringLiteral("warroomd: %1").arg(error.message));
        return WarroomdCommand::Failed;
    }
    UnixSignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &UnixSignalWatcher::received, QCoreApplication::instance(), [](int number) {
            qCInfo(lcServer) << "signal" << number << "received: shutting down";
            QCoreApplication::quit();
        });
    printOut(QStringLiteral("warroomd listening on %1").arg(server.url()));
    const int code = QCoreApplication::exec();
    server.shutdown();
    // Let the last answers (parked long-polls answered at shutdown) reach the kernel.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    qCInfo(lcServer) << "stopped";
    return code == 0 ? WarroomdCommand::Ok : WarroomdCommand::Failed;
}

int tokenCommand(const QCommandLineParser &parser, const Options &o, const QStringList &positional)
{
    const QString sub = positional.value(1);
    if (sub != QLatin1String("create") && sub != QLatin1String("list") && sub != QLatin1String("revoke")) {
        printErr(QStringLiteral("warroomd: token wants create, list or revoke (see warroomd token --help)"));
        return WarroomdCommand::Usage;
    }
    const bool create = sub == QLatin1String("create");
    if (!create && (parser.isSet(o.name) || parser.isSet(o.role))) {
        printErr(QStringLiteral("warroomd: --name and --role belong to \"token create\""));
        return WarroomdCommand::Usage;
    }
    const int expectedPositional = sub == QLatin1String("revoke") ? 3 : 2;
    if (positional.size() != expectedPositional) {
        printErr(sub == QLatin1String("revoke")
                ? QStringLiteral("warroomd: usage: warroomd token revoke NAME")
                : QStringLiteral("warroomd: unexpected argument \"%1\"")
                      .arg(positional.value(expectedPositional)));
        return WarroomdCommand::Usage;
    }
    if (create && (!parser.isSet(o.name) || !parser.isSet(o.role))) {
        printErr(QStringLiteral("warroomd: usage: warroomd token create --name NAME --role "
                                "viewer|responder|hook|admin"));
        return WarroomdCommand::Usage;
    }
    std::unique_ptr<OpenedStore> store;
    if (const int failed = openStore(parser, o, &store))
        return failed;
    Error error;
    TokenStore *tokens = store->tokens();

    if (create) {
        TokenAuthenticator authenticator(tokens);
        const QString token = authenticator.create(parser.value(o.name), parser.value(o.role), &error);
        if (token.isEmpty()) {
            printErr(QStringLiteral("warroomd: %1").arg(error.message));
            return error.code == QLatin1String("invalid_field") ? WarroomdCommand::Usage
                                                                : WarroomdCommand::Failed;
        }
        printOut(token);
        printErr(QStringLiteral("Created the %1 token \"%2\" in %3. It is shown only this once: store it now "
                                "(clients send it as \"Authorization: Bearer <token>\").")
                     .arg(parser.value(o.role), parser.value(o.name), store->description()));
        return WarroomdCommand::Ok;
    }
    if (sub == QLatin1String("revoke")) {
        const QString name = positional.at(2);
        if (!tokens->revokeToken(name, Clock::now(), &error)) {
            printErr(QStringLiteral("warroomd: %1").arg(error.message));
            return WarroomdCommand::Failed;
        }
        printOut(QStringLiteral("Revoked the token \"%1\".").arg(name));
        return WarroomdCommand::Ok;
    }
    QList<TokenRecord> records;
    if (!tokens->listTokens(&records, &error)) {
        printErr(QStringLiteral("warroomd: %1").arg(error.message));
        return WarroomdCommand::Failed;
    }
    int width = 4;
    for (const TokenRecord &record : std::as_const(records))
        width = std::max(width, int(record.name.size()));
    const auto row
        = [width](const QString &name, const QString &role, const QString &created, const QString &revoked) {
              return QStringLiteral("%1  %2  %3  %4")
                  .arg(name, -width)
                  .arg(role, -9)
                  .arg(created, -24)
                  .arg(revoked);
          };
    printOut(row(QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("CREATED"),
        QStringLiteral("REVOKED")));
    for (const TokenRecord &record : std::as_const(records)) {
        printOut(row(record.name, record.role, Wire::formatTime(record.createdAt),
            record.isRevoked() ? Wire::formatTime(record.revokedAt) : QStringLiteral("-")));
    }
    return WarroomdCommand::Ok;
}

/// PostgreSQL: the log as JSON Lines (one event per line, in seq order). pg_dump remains the tool for a
/// complete backup; this is a portable copy of what matters most, readable without PostgreSQL.
bool exportLog(EventStore *store, const QString &file, qint64 *count, Error *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = Error::store(QStringLiteral("Cannot write %1: %2").arg(file, out.errorString()));
        return false;
    }
    qint64 after = 0;
    *count = 0;
    for (;;) {
        EventList events;
        if (!store->readAfter(after, 1000, &events, error))
            return false;
        for (const Event &event : std::as_const(events)) {
            out.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
            out.write("\n");
            after = event.seq;
        }
        *count += events.size();
        if (events.size() < 1000)
            break;
    }
    if (!out.commit()) {
        *error = Error::store(QStringLiteral("Cannot write %1: %2").arg(file, out.errorString()));
        return false;
    }
    return true;
}

int backup(const QCommandLineParser &parser, const Options &o, const QStringList &positional)
{
    if (positional.size() != 2) {
        printErr(QStringLiteral("warroomd: usage: warroomd backup FILE"));
        return WarroomdCommand::Usage;
    }
    const QString file = QFileInfo(positional.at(1)).absoluteFilePath();
    if (QFileInfo::exists(file)) {
        printErr(QStringLiteral("warroomd: will not overwrite %1; choose a new file name").arg(file));
        return WarroomdCommand::Failed;
    }
    std::unique_ptr<OpenedStore> store;
    if (const int failed = openStore(parser, o, &store))
        return failed;
    Error error;
    if (SqliteStore *sqlite = store->sqlite()) {
        if (!sqlite->backupTo(file, &error)) {
            printErr(QStringLiteral("warroomd: %1").arg(error.message));
            return WarroomdCommand::Failed;
        }
        printOut(QStringLiteral("Backed up %1 to %2 (a complete SQLite database: events, tokens, runbooks).")
                     .arg(store->description(), file));
        return WarroomdCommand::Ok;
    }
    qint64 count = 0;
    if (!exportLog(store->events(), file, &count, &error)) {
        printErr(QStringLiteral("warroomd: %1").arg(error.message));
        return WarroomdCommand::Failed;
    }
    printOut(QStringLiteral("Exported %1 events of %2 to %3 as JSON Lines.")
                 .arg(count)
                 .arg(store->description(), file));
    printErr(
        QStringLiteral("This is the event log only. For a complete backup of a PostgreSQL store (tokens and "
                       "runbooks too) use pg_dump, e.g.: pg_dump -Fc -f warroom.dump \"%1\"")
            .arg(store->description()));
    return WarroomdCommand::Ok;
}

} // namespace

namespace {

// The help, in blocks: warroomd --help shows them all, warroomd COMMAND --help only that command's.
const char *const ServeCommand
    = "  serve                        Serve the API; prints \"warroomd listening on URL\" once ready.\n"
      "                               SIGTERM or SIGINT stops it cleanly.\n";
const char *const TokenCommands
    = "  token create --name NAME --role viewer|responder|hook|admin\n"
      "                               Make a token and print it: the only time it is shown.\n"
      "  token list                   Name, role, created and revoked of every token (never the token).\n"
      "  token revoke NAME            Revoke the valid token called NAME; requests it has parked are\n"
      "                               refused too.\n";
const char *const BackupCommand
    = "  backup FILE                  SQLite: a consistent copy of the database in FILE.\n"
      "                               PostgreSQL: the event log as JSON Lines (pg_dump for "
      "the rest).\n";
const char *const StoreOptions
    = "  --db PATH|URL                A SQLite file, or postgresql://user[:password]@host[:port]/dbname\n"
      "                               (also ?host=/socket/folder). Default: %1\n"
      "  --config FILE                An INI file with a [server] section (every key: warroomd(8) and\n"
      "                               /etc/warroomd/warroomd.conf); options given here win.\n";
const char *const ServeOptions
    = "  --listen HOST:PORT           serve: address and port (default 127.0.0.1:8470; port 0: any free "
      "one).\n"
      "  --tls-cert FILE              serve: PEM certificate (chain) for HTTPS.\n"
      "  --tls-key FILE               serve: its unencrypted PEM private key.\n"
      "  --idle-timeout SECONDS       serve: close connections idle this long (default 60).\n"
      "  --head-timeout SECONDS       serve: close a connection whose request line and headers have not\n"
      "                               all arrived this long after it opened or its head began (default 10).\n"
      "  --max-connections N          serve: at most N open connections (default 512); beyond, the longest\n"
      "                               idle keep-alive one is closed to make room, else the new one.\n"
      "  --max-connections-per-host N serve: at most N open connections from one client address\n"
      "                               (default 64); beyond, the new one is closed at once.\n"
      "  --rate PER_SECOND            serve: requests per second per token (default 50; 0 = no limit).\n"
      "  --burst N                    serve: requests a token may make at once (default 100).\n";
const char *const TokenOptions = "  --name NAME, --role ROLE     token create: the token's name and role.\n";
const char *const CommonOptions
    = "  -h, --help                   This help (warroomd COMMAND --help: that command's).\n"
      "  -v, --version                The version.\n"
      "\n"
      "Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage.\n";

QString helpOf(std::initializer_list<const char *> blocks)
{
    QString text;
    for (const char *block : blocks)
        text += QLatin1String(block);
    return text.arg(ServerConfig::defaultDatabase());
}

} // namespace

QString WarroomdCommand::helpText()
{
    return helpOf({"Usage: warroomd <command> [options]\n\n"
                   "The Warroom sync server: REST API with long-poll push, tokens and roles, on SQLite or "
                   "PostgreSQL.\n\nCommands:\n",
        ServeCommand, TokenCommands, BackupCommand, "\nOptions:\n", StoreOptions, ServeOptions, TokenOptions,
        CommonOptions});
}

QString WarroomdCommand::helpText(const QString &command)
{
    if (command == QLatin1String("serve"))
        return helpOf({"Usage: warroomd serve [options]\n\n", ServeCommand, "\nOptions:\n", StoreOptions,
            ServeOptions, CommonOptions});
    if (command == QLatin1String("token"))
        return helpOf({"Usage: warroomd token create|list|revoke [options]\n\n", TokenCommands,
            "\nOptions:\n", StoreOptions, TokenOptions, CommonOptions});
    if (command == QLatin1String("backup"))
        return helpOf({"Usage: warroomd backup FILE [options]\n\n", BackupCommand, "\nOptions:\n",
            StoreOptions, CommonOptions});
    return helpText();
}

int WarroomdCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    Options o;
    parser.addOptions({o.listen, o.db, o.config, o.tlsCert, o.tlsKey, o.idleTimeout, o.headTimeout,
        o.maxConnections, o.maxPerHost, o.rate, o.burst, o.name, o.role, o.help, o.version});
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("warroomd: %1 (see warroomd --help)").arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(o.help)) {
        printOut(helpText(parser.positionalArguments().value(0)));
        return Ok;
    }
    if (parser.isSet(o.version)) {
        printOut(QStringLiteral("warroomd %1").arg(QStringLiteral(WARROOM_VERSION)));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    // The commands print what went wrong themselves; the store's log lines would only say it twice.
    if (command != QLatin1String("serve") && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("warroom.store.info=false\nwarroom.store.warning=false"));
    if (command.isEmpty()) {
        printErr(helpText());
        return Usage;
    }
    // Options of serve make no sense elsewhere: say so instead of silently ignoring them.
    if (command != QLatin1String("serve")) {
        for (const QCommandLineOption *option : {&o.listen, &o.tlsCert, &o.tlsKey, &o.idleTimeout,
                 &o.headTimeout, &o.maxConnections, &o.maxPerHost, &o.rate, &o.burst}) {
            if (parser.isSet(*option)) {
                printErr(
                    QStringLiteral("warroomd: --%1 belongs to \"serve\"").arg(option->names().constFirst()));
                return Usage;
            }
        }
    }
    if (command == QLatin1String("serve")) {
        if (positional.size() > 1 || parser.isSet(o.name) || parser.isSet(o.role)) {
            printErr(QStringLiteral("warroomd: serve takes options only (see warroomd serve --help)"));
            return Usage;
        }
        return serve(parser, o);
    }
    if (command == QLatin1String("token"))
        return tokenCommand(parser, o, positional);
    if (command == QLatin1String("backup"))
        return backup(parser, o, positional);
    printErr(QStringLiteral("warroomd: unknown command \"%1\" (serve, token, backup; see warroomd --help)")
                 .arg(command));
    return Usage;
}

} // namespace Warroom
