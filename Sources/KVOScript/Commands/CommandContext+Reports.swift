#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KVOModel
import KVOChecks
import KVOReports

/// What `report` and `certificate` share: reading --format, --lang and --private, and writing
/// report files into a folder (`--out`), which safe mode refuses.
extension CommandContext {
    static let reportOptions = [
        OptionSpec("out", value: .path, summary: "write the report's files into this folder instead of standard output"),
        OptionSpec("format", value: .choice(["md", "html"]), summary: "Markdown (default) or one self-contained HTML page"),
        OptionSpec("lang", value: .choice(["nl", "en"]), summary: "the report's language: Dutch (default) or English"),
        OptionSpec("private", summary: "keep phone numbers and e-mail addresses in (not for publication, §3.2)"),
    ]

    var reportFormat: DocumentFormat {
        get throws {
            guard let word = arguments.options["format"]?.value else { return .md }
            guard let f = DocumentFormat(rawValue: word.text.lowercased()) else {
                throw error("unknown report format '\(word.text)'", at: word.location, length: word.length, hint: "formats: md, html")
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
            throw error("safe mode: reports cannot be written to files", at: option?.location ?? location,
                        length: option.map { _ in 5 } ?? 1,
                        hint: fallback == nil ? "kvo was started with --safe; without --out a report goes to standard output"
                            : "kvo was started with --safe; its parts can go to standard output one by one: report va, report pva, report inspection")
        }
        return (FileSystem.resolve(given, against: source.directory), given)
    }

    /// Writes the files into the folder (made when missing) and says what was written.
    func writeReport(_ files: [ReportFile], to folder: (path: String, shown: String)) throws {
        let out = arguments.options["out"]?.value
        func failed(_ message: String) -> Diagnostic {
            error("cannot write the report to \(folder.shown): \(message)", at: out?.location, length: out?.length ?? 1,
                  hint: "--out names a folder; it is made when it does not exist")
        }
        do {
            try FileSystem.makeFolders(folder.path)
            for f in files { try FileStore.writeAtomically(Array(f.contents.utf8), to: folder.path + "/" + f.name) }
        } catch let failure as FileSystem.Failure {
            throw failed(failure.message)
        } catch let failure as FileStore.Failure {
            throw failed(failure.message.text(language))
        }
        let pages = files.filter { !$0.name.hasSuffix(".svg") }
        let charts = files.count - pages.count
        let base = folder.shown.hasSuffix("/") ? folder.shown : folder.shown + "/"
        for p in pages { write("wrote \(base)\(p.name)\n") }
        if charts > 0 { write("wrote \(charts) chart\(charts == 1 ? "" : "s") (.svg) beside \(pages.count == 1 ? "it" : "them")\n") }
    }
}

extension FileSystem {
    /// Makes a folder and the folders above it that are missing (`mkdir -p`).
    static func makeFolders(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, parent != ".", parent != "/", !exists(parent) { try makeFolders(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(message: "cannot make the folder \(path): \(describeErrno())")
        }
        if !isDirectory(path) { throw Failure(message: "\(path) exists and is not a folder") }
    }
}
