import KVOModel
import KVOReports

extension CommandSpec {
    static let report = CommandSpec(
        name: "report", aliases: ["rapport"], group: .handbook,
        summary: Message(en: "write a report: safety analysis, plan of action, inspection, survey, or the audit's document set",
                         nl: "een rapport schrijven: veiligheidsanalyse, plan van aanpak, schouw, enquête of de documentenset voor de audit"),
        syntax: [.word(ReportArguments.kind, .choice(ReportKind.names))],
        options: CommandContext.reportOptions,
        example: "report va --format html --out rapporten",
        details: Message(
            en: "KIND is va (veiligheidsanalyse), pva (plan-van-aanpak), inspection (schouw), survey (enquête) audit-pack (the documents of §5.2.1 as one folder with an index page) or minutes (notulen: the minutes of this session, see help minutes). Without --out the report goes to standard output: Markdown with the charts as inline SVG, or one HTML page. With --out FOLDER the files are written there (Markdown with the charts as .svg files beside it); audit-pack always writes a folder, ./audit-pack unless --out says otherwise. Reports are in Dutch unless --lang en (on the command, or given to kvo itself). Phone numbers and e-mail addresses never appear (§3.2): personal fields are left out and free text is scrubbed, unless --private. In --safe mode reports go to standard output only.",
            nl: "SOORT is va (veiligheidsanalyse), pva (plan-van-aanpak), schouw, enquête auditpakket (de documenten van §5.2.1 als één map met een indexpagina) of notulen (de notulen van deze sessie, zie hulp notulen). Zonder --out gaat het rapport naar standaarduitvoer: Markdown met de grafieken als ingebedde SVG, of één HTML-pagina. Met --out MAP worden de bestanden daar geschreven (Markdown met de grafieken als .svg-bestanden ernaast); auditpakket schrijft altijd een map, ./audit-pack tenzij --out anders zegt. Rapporten zijn in het Nederlands, tenzij --lang en (bij het commando, of aan kvo zelf meegegeven). Telefoonnummers en e-mailadressen komen er nooit in (§3.2): persoonlijke velden blijven weg en vrije tekst wordt opgeschoond, tenzij --private. In --safe-modus gaan rapporten alleen naar standaarduitvoer."),
        arguments: ReportArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let word = arguments.kind
            guard let kind = ReportKind(named: word.text) else {
                throw context.error(Message(en: "there is no report '\(word.text)'", nl: "er is geen rapport '\(word.text)'") + Suggestion.phrase(for: word.text, in: ReportKind.names),
                                    at: word.location, length: word.length,
                                    hint: Message(en: "reports: va, pva, inspection, survey, audit-pack, minutes",
                                                  nl: "rapporten: va, pva, schouw, enquête, auditpakket, notulen"))
            }
            let output = try context.reportFormat(arguments.report)
            let c = try context.reportContext(w, arguments.report)
            if kind == .auditPack {
                let folder = try context.reportFolder(arguments.report, fallback: "audit-pack")!
                if case .docx = output {
                    throw context.error(Message(en: "the audit pack is written as md, html or pdf", nl: "het auditpakket wordt geschreven als md, html of pdf"),
                                        at: arguments.report.format?.location, length: 8)
                }
                try context.writeReport(try context.produced(AuditPack.files(c, format: output.rendered), as: output), to: folder, arguments.report)
                return
            }
            let document = kind == .minutes ? MinutesReport.make(c, session: try context.session(w, present: nil)) : kind.document(c)!
            try context.emit(document, as: output, arguments.report)
        })
}

struct ReportArguments: CommandArguments {
    static let kind = SlotName("kind")
    let kind: ParsedArguments.Word
    let report: ReportOptions

    init(from a: ArgumentReader) throws(Diagnostic) {
        kind = try a.word(Self.kind)
        report = try ReportOptions(from: a)
    }
}
