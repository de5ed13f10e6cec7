import ArgumentParser
import KVOChecks
import KVOModel
import KVOScript
import KVOShell

/// `kvo check DOSSIER... [--jobs N] [--format table|json|junit]`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check many dossiers against the handbook in one run.",
        usage: "kvo check <dossier> ... [--jobs N] [--format table|json|junit] [<options>]",
        discussion: "One summary per dossier and a total. A file that does not load is reported and the others still run. Exit code: 2 when a file could not be read, else 1 when a must failed (or a should with --fail-on-warn), else 0.")

    @Argument(help: "The dossiers.", completion: .file(extensions: ["json"]))
    var dossiers: [String]

    @Option(help: "Check this many dossiers at once.")
    var jobs: Int = 1

    @Option(help: ArgumentHelp("Output format.", valueName: "table|json|junit"))
    var format: String = "table"

    @Option(name: .customLong("rules"), help: ArgumentHelp("Only these rules (ID pattern or §paragraph); repeatable.", valueName: "PATTERN"))
    var patterns: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge as of this date.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("Judge for a first certification or a renewal.", valueName: "first|renewal"))
    var audit: String?

    @Flag(name: .customLong("fail-on-warn"), help: "Count warnings as failures.")
    var failOnWarn = false

    @Option(help: ArgumentHelp("Language of the messages.", valueName: "nl|en"))
    var lang: String?

    func run() throws {
        guard let format = BatchCheck.Format(rawValue: format) else { throw ValidationError("--format takes table, json or junit") }
        guard jobs >= 1 else { throw ValidationError("--jobs needs at least 1") }
        if let audit, audit != "first", audit != "renewal" { throw ValidationError("--audit takes first or renewal") }
        var settings = SessionSettings()
        settings.lang = lang
        settings.asOf = asOf
        let day = try settings.day() ?? Session.today()
        let language = try settings.language() ?? SessionSettings.environmentLanguage()
        for p in patterns where RuleCatalogue.handbook.select(p).isEmpty { throw ValidationError("no rule matches '\(p)'") }
        let batch = BatchCheck(asOf: day, audit: audit, language: language, patterns: patterns)
        let (text, code) = batch.render(batch.run(dossiers, jobs: jobs), format: format, failOnWarn: failOnWarn)
        let output = StandardOutput()
        output.write(text)
        output.flush()
        exitProcess(code)
    }
}
