#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KVOModel
import KVOChecks
import KVOReports

/// What `report` and `certificate` share: reading --format, --lang and --private, and writing
/// report files into a folder (`--out`), which safe and read-only mode refuse.
extension CommandContext {
    static let reportOptions = [
        OptionSpec("out", value: .path, summary: Message(en: "write the report's files into this folder instead of standard output",
                                                         nl: "schrijf de bestanden van het rapport in deze map in plaats van naar standaarduitvoer")),
        OptionSpec("format", value: .choice(["md", "html"]), summary: Message(en: "Markdown (default) or one self-contained HTML page",
                                                                           nl: "Markdown (standaard) of één zelfstandige HTML-pagina")),
        OptionSpec("lang", value: .choice(["nl", "en"]), summary: Message(en: "the report's language: Dutch (default) or English",
                                                                       nl: "de taal van het rapport: Nederlands (standaard) of Engels")),
        OptionSpec("private", summary: Message(en: "keep phone numbers and e-mail addresses in (not for publication, §3.2)",
                                               nl: "laat telefoonnummers en e-mailadressen staan (niet voor publicatie, §3.2)")),
    ]

    var reportFormat: DocumentFormat {
        get throws {
            guard let word = arguments.options["format"]?.value else { return .md }
            guard let f = DocumentFormat(rawValue: word.text.lowercased()) else {
                throw error(Message(en: "unknown report format '\(word.text)'", nl: "onbekend rapportformaat '\(word.text)'"),
                            at: word.location, length: word.length, hint: Message(en: "formats: md, html", nl: "formaten: md, html"))
            }
            return f
        }
    }

    /// The command's --lang, else kvo's --lang, else the dossier's `language`, else Dutch: a
    /// LANG setting does not count, because reports are the workgroup's documents for a Dutch
    /// certification body.
    var reportLanguage: Language {
        get throws {
            guard let word = arguments.options["lang"]?.value else {
                return interpreter.options.languageFlag ?? interpreter.workspace?.dossier.language ?? .nl
            }
            guard let l = Language(rawValue: word.text.lowercased()) else {
                throw error(Message(en: "--lang takes nl or en, not '\(word.text)'", nl: "--lang neemt nl of en, niet '\(word.text)'"),
                            at: word.location, length: word.length)
            }
            return l
        }
    }

    func reportContext(_ w: Workspace) throws -> ReportContext {
        ReportContext(dossier: w.dossier, asOf: interpreter.options.today, language: try reportLanguage,
                      includesPersonalData: arguments.options["private"] != nil)
    }

    /// The folder of --out (or `fallback`), resolved against the script's folder; an error in safe mode.
    func reportFolder(fallback: String? = nil) throws -> (path: String, shown: String)? {
        let option = arguments.options["out"]
        guard let given = option?.value?.text ?? fallback else { return nil }
        if interpreter.options.safe {
            throw error(Message(en: "safe mode: reports cannot be written to files", nl: "veilige modus: rapporten kunnen niet naar bestanden worden geschreven"),
                        at: option?.location ?? location, length: option.map { _ in 5 } ?? 1,
                        hint: fallback == nil
                            ? Message(en: "kvo was started with --safe; without --out a report goes to standard output",
                                      nl: "kvo is gestart met --safe; zonder --out gaat een rapport naar standaarduitvoer")
                            : Message(en: "kvo was started with --safe; its parts can go to standard output one by one: report va, report pva, report inspection",
                                      nl: "kvo is gestart met --safe; de delen kunnen een voor een naar standaarduitvoer: rapport va, rapport pva, rapport schouw"))
        }
        if interpreter.options.readOnly {
            throw error(Message(en: "read-only mode: reports cannot be written to files", nl: "alleen-lezen: rapporten kunnen niet naar bestanden worden geschreven"),
                        at: option?.location ?? location, length: option.map { _ in 5 } ?? 1,
                        hint: fallback == nil
                            ? Message(en: "kvo was started with --readonly, which writes no file; without --out a report goes to standard output",
                                      nl: "kvo is gestart met --readonly, dat geen bestand schrijft; zonder --out gaat een rapport naar standaarduitvoer")
                            : Message(en: "kvo was started with --readonly, which writes no file; its parts can go to standard output one by one: report va, report pva, report inspection",
                                      nl: "kvo is gestart met --readonly, dat geen bestand schrijft; de delen kunnen een voor een naar standaarduitvoer: rapport va, rapport pva, rapport schouw"))
        }
        return (FileSystem.resolve(given, against: source.directory), given)
    }

    /// Writes the files into the folder (made when missing) and says what was written.
    func writeReport(_ files: [ReportFile], to folder: (path: String, shown: String)) throws {
        let out = arguments.options["out"]?.value
        func failed(_ message: Message) -> Diagnostic {
            error(Message(en: "cannot write the report to \(folder.shown): ", nl: "kan het rapport niet naar \(folder.shown) schrijven: ") + message,
                  at: out?.location, length: out?.length ?? 1,
                  hint: Message(en: "--out names a folder; it is made when it does not exist", nl: "--out noemt een map; die wordt gemaakt als ze niet bestaat"))
        }
        do {
            try FileSystem.makeFolders(folder.path)
            for f in files { try FileStore.writeAtomically(Array(f.contents.utf8), to: folder.path + "/" + f.name) }
        } catch let failure as FileSystem.Failure {
            throw failed(failure.message)
        } catch let failure as FileStore.Failure {
            throw failed(failure.message)
        }
        let pages = files.filter { !$0.name.hasSuffix(".svg") }
        let charts = files.count - pages.count
        let base = folder.shown.hasSuffix("/") ? folder.shown : folder.shown + "/"
        for p in pages { say(Message(en: "wrote \(base)\(p.name)\n", nl: "geschreven: \(base)\(p.name)\n")) }
        if charts > 0 {
            let count = Noun(en: "chart", "charts", nl: "grafiek", "grafieken").counted(charts)
            say(pages.count == 1 ? Message(en: "wrote \(count.en) (.svg) beside it\n", nl: "\(count.nl) (.svg) ernaast geschreven\n")
                : Message(en: "wrote \(count.en) (.svg) beside them\n", nl: "\(count.nl) (.svg) ernaast geschreven\n"))
        }
    }
}

extension FileSystem {
    /// Makes a folder and the folders above it that are missing (`mkdir -p`).
    static func makeFolders(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, parent != ".", parent != "/", !exists(parent) { try makeFolders(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(message: Message(en: "cannot make the folder \(path): ", nl: "kan de map \(path) niet maken: ") + describeErrno())
        }
        if !isDirectory(path) { throw Failure(message: Message(en: "\(path) exists and is not a folder", nl: "\(path) bestaat al en is geen map")) }
    }
}
