import ArgumentParser
import KVOChecks
import KVOModel
import KVOPlatform
import KVOReports
import KVOScript
import KVOShell

/// `kvo check DOSSIER... [--jobs N] [--format table|json|junit]`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Message(en: "Check many dossiers against the handbook in one run.",
                          nl: "Toets veel dossiers in één keer aan het handboek.").text(startupLanguage),
        usage: "kvo check <dossier> ... [--jobs N] [--format table|json|junit] [<options>]",
        discussion: Message(
            en: "One summary per dossier and a total. A file that does not load is reported and the others still run. Exit code: 2 when a file could not be read, else 1 when a must failed (or a should with --fail-on-warn), else 0.",
            nl: "Eén samenvatting per dossier en een totaal. Een bestand dat niet laadt, wordt gemeld en de andere gaan gewoon door. Afsluitcode: 2 als een bestand niet gelezen kon worden, anders 1 als een moet-eis niet is gehaald (of een zou-eis met --fail-on-warn), anders 0."
        ).text(startupLanguage))

    @Argument(help: ArgumentHelp(Message(en: "The dossiers.", nl: "De dossiers.").text(startupLanguage)), completion: .file(extensions: ["json"]))
    var dossiers: [String]

    @Option(help: ArgumentHelp(Message(en: "Check this many dossiers at once.", nl: "Toets zoveel dossiers tegelijk.").text(startupLanguage)))
    var jobs: Int = 1

    @Option(help: ArgumentHelp(Message(en: "Output format.", nl: "Uitvoerformaat.").text(startupLanguage), valueName: "table|json|junit"))
    var format: String = "table"

    @Option(name: .customLong("rules"), help: ArgumentHelp(Message(
        en: "Only these rules (ID pattern or §paragraph); repeatable.",
        nl: "Alleen deze regels (ID-patroon of §paragraaf); herhaalbaar."
    ).text(startupLanguage), valueName: "PATTERN"))
    var patterns: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp(Message(en: "Judge as of this date.", nl: "Beoordeel per deze datum.").text(startupLanguage),
                                                           valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp(Message(en: "Judge for a first certification or a renewal.",
                                       nl: "Beoordeel voor een eerste certificering (first) of een hercertificering (renewal).").text(startupLanguage),
                               valueName: "first|renewal"))
    var audit: String?

    @Flag(name: .customLong("fail-on-warn"), help: ArgumentHelp(Message(en: "Count warnings as failures.",
                                                                        nl: "Tel waarschuwingen als fouten.").text(startupLanguage)))
    var failOnWarn = false

    @Option(help: ArgumentHelp(Message(en: "Language of the messages.", nl: "Taal van de meldingen.").text(startupLanguage), valueName: "nl|en"))
    var lang: String?

    func run() throws {
        func invalid(_ message: Message) -> ValidationError { ValidationError(message.text(startupLanguage)) }
        guard let format = OutputFormat(format, among: OutputFormat.batchCheckFormats) else {
            throw invalid(Message(en: "--format takes table, json or junit", nl: "--format kent table, json of junit"))
        }
        guard jobs >= 1 else { throw invalid(Message(en: "--jobs needs at least 1", nl: "--jobs moet minstens 1 zijn")) }
        let certification = try audit.map { word in
            guard let kind = OrganisationRecord.Certification(rawValue: word) else {
                throw invalid(Message(en: "--audit takes first or renewal", nl: "--audit kent first of renewal"))
            }
            return kind
        }
        var settings = SessionSettings()
        settings.lang = lang
        settings.asOf = asOf
        let day = try settings.day() ?? Session.today()
        let language = try settings.language() ?? SessionSettings.environmentLanguage()
        for p in patterns where RuleCatalogue.handbook.select(p).isEmpty {
            throw invalid(Message(en: "no rule matches '\(p)'", nl: "geen regel past bij '\(p)'"))
        }
        var batch = BatchCheck(asOf: day, audit: certification, language: language, patterns: patterns)
        batch.followsDossier = lang == nil
        batch.pointInTime = asOf != nil
        batch.format = format
        batch.failOnWarn = failOnWarn
        let (bytes, code) = batch.render(batch.run(dossiers, jobs: jobs))
        Descriptor.writeAll(Descriptor.standardOutput, bytes)
        exitProcess(code)
    }
}
