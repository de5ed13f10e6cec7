import KVOModel
import KVOReports

/// Turns a report into a Word document with pandoc (a Debian package): the document's
/// Markdown with its charts as SVG files goes in, a .docx with real headings, real tables and
/// the charts as pictures comes out, on A4 (pandoc is given `ReferenceDocx`). Why pandoc and not
/// hand-written OOXML: it is well kept, opens in Word and LibreOffice, and its tables and
/// headings are Word's own styles, so the workgroup can edit the document.
package enum WordConverter {
    /// Generous for the upper-bound dossier's biggest report; a hung pandoc is killed.
    static let seconds = 120

    /// The .docx of a document given as its Markdown files (the page and its .svg charts).
    package static func docx(of files: [ReportFile]) throws(Diagnostic) -> [UInt8] {
        guard let pandoc = Subprocess.find(["pandoc"]) else {
            throw Diagnostic(.runtime, Message(en: "Word output needs pandoc, which is not installed", nl: "voor Word is pandoc nodig, en dat is niet geïnstalleerd"),
                          hint: Message(en: "install it with: apt-get install pandoc librsvg2-bin", nl: "installeer het met: apt-get install pandoc librsvg2-bin"))
        }
        guard let page = files.first(where: { $0.name.hasSuffix(".md") }) else {
            throw Diagnostic(.runtime, Message(en: "the report has no page to convert", nl: "het rapport heeft geen pagina om om te zetten"))
        }
        guard let folder = try? FileSystem.makeTemporaryFolder("kvo-docx") else {
            throw Diagnostic(.runtime, Message(en: "cannot make a temporary folder for Word", nl: "kan geen tijdelijke map voor Word maken"))
        }
        let reference = folder + "/reference.docx", out = folder + "/report.docx"
        var written = [reference, out]
        defer { for f in written { FileSystem.remove(f) }; FileSystem.removeFolder(folder) }
        do {
            try FileSystem.writeAtomically(Base64.decode(ReferenceDocx.base64), to: reference)
            for f in files {
                try FileSystem.writeAtomically(Array(f.contents.utf8), to: folder + "/" + f.name)
                written.append(folder + "/" + f.name)
            }
        } catch {
            throw Diagnostic(.runtime, Message(en: "cannot write the report for pandoc: ", nl: "kan het rapport voor pandoc niet schrijven: ") + error.message)
        }
        let arguments = ["-f", "markdown-implicit_figures", "-t", "docx", "--reference-doc=" + reference,
                         "--resource-path=" + folder, "-o", out, folder + "/" + page.name]
        guard let outcome = Subprocess.run(pandoc, arguments, seconds: seconds) else {
            throw Diagnostic(.runtime, Message(en: "cannot start pandoc", nl: "kan pandoc niet starten"))
        }
        if outcome.timedOut {
            throw Diagnostic(.runtime, Message(en: "pandoc did not finish within \(seconds) seconds", nl: "pandoc was niet binnen \(seconds) seconden klaar"))
        }
        guard outcome.status == 0, let bytes = try? FileSystem.read(out), bytes.starts(with: [0x50, 0x4B]) else {
            let said = outcome.output.split(separator: "\n").last.map(String.init) ?? ""
            throw Diagnostic(.runtime, Message(en: "pandoc made no Word document (exit status \(outcome.status)) ", nl: "pandoc maakte geen Word-document (afsluitstatus \(outcome.status)) ") + said,
                          hint: outcome.output.contains("rsvg-convert")
                              ? Message(en: "the charts need rsvg-convert: apt-get install librsvg2-bin", nl: "de grafieken vragen rsvg-convert: apt-get install librsvg2-bin") : nil)
        }
        return bytes
    }
}

/// Base64 as RFC 4648 writes it, for the data kvo carries in its source (`ReferenceDocx`).
enum Base64 {
    static func decode(_ text: String) -> [UInt8] {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { table[Int(c)] = UInt8(i) }
        var out: [UInt8] = [], buffer: UInt32 = 0, bits = 0
        for c in text.utf8 {
            let v = table[Int(c)]
            guard v != 255 else { continue } // padding and line breaks
            buffer = buffer << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }
}
