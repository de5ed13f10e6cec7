import KVOModel
import KVOReports

extension CommandSpec {
    static let report = CommandSpec(
        name: "report", aliases: ["rapport"], group: .handbook,
        summary: "write a report: safety analysis, plan of action, inspection, survey, or the audit's document set",
        syntax: [.word("kind", .choice(ReportKind.names))],
        options: CommandContext.reportOptions,
        example: "report va --format html --out rapporten",
        details: "KIND is va (veiligheidsanalyse), pva (plan-van-aanpak), inspection (schouw), survey (enquête) or audit-pack (the documents of §5.2.1 as one folder with an index page). Without --out the report goes to standard output: Markdown with the charts as inline SVG, or one HTML page. With --out FOLDER the files are written there (Markdown with the charts as .svg files beside it); audit-pack always writes a folder, ./audit-pack unless --out says otherwise. Reports are in Dutch unless --lang en (on the command, or given to kvo itself). Phone numbers and e-mail addresses never appear (§3.2): personal fields are left out and free text is scrubbed, unless --private. In --safe mode reports go to standard output only.",
        action: { context in
            let w = try context.workspace()
            guard let word = context.arguments.word("kind") else { return }
            guard let kind = ReportKind(named: word.text) else {
                throw context.error(Message(en: "there is no report '\(word.text)'", nl: "er is geen rapport '\(word.text)'") + Suggestion.phrase(for: word.text, in: ReportKind.names),
                                    at: word.location, length: word.length,
                                    hint: Message(en: "reports: ", nl: "rapporten: ") + "va, pva, inspection, survey, audit-pack")
            }
            let format = try context.reportFormat
            let c = try context.reportContext(w)
            if kind == .auditPack {
                let folder = try context.reportFolder(fallback: "audit-pack")!
                try context.writeReport(AuditPack.files(c, format: format), to: folder)
                return
            }
            let document = kind.document(c)!
            if let folder = try context.reportFolder() {
                try context.writeReport(format.files(document), to: folder)
            } else {
                let page = format.files(document, inlineCharts: true)[0].contents
                context.write(page.hasSuffix("\n") ? page : page + "\n")
            }
        })
}
