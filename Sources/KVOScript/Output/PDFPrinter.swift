import KVOModel

/// Prints an HTML page to PDF with headless Chromium: the page's own print style sheet decides
/// the paper (A4, the matrix on landscape pages), so the PDF is what the browser would print.
/// Chromium is a Debian package (`chromium`); kvo starts it with a time limit.
package enum PDFPrinter {
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// Long enough for the upper-bound dossier's biggest report; a hung browser is killed.
    static let seconds = 120

    /// The PDF of `html`.
    package static func pdf(of html: String) throws(Diagnostic) -> [UInt8] {
        guard let browser = Subprocess.find(browsers) else {
            throw Diagnostic(.runtime, Message(en: "PDF needs Chromium, which is not installed", nl: "voor PDF is Chromium nodig, en dat is niet geïnstalleerd"),
                          hint: Message(en: "install it with: apt-get install chromium", nl: "installeer het met: apt-get install chromium"))
        }
        guard let folder = try? FileSystem.makeTemporaryFolder("kvo-pdf") else {
            throw Diagnostic(.runtime, Message(en: "cannot make a temporary folder for the PDF", nl: "kan geen tijdelijke map voor de PDF maken"))
        }
        let page = folder + "/page.html", out = folder + "/page.pdf"
        defer {
            removeProfile(folder + "/profile")
            FileSystem.remove(page); FileSystem.remove(out); FileSystem.removeFolder(folder)
        }
        do {
            try FileSystem.writeAtomically(Array(html.utf8), to: page)
        } catch {
            throw Diagnostic(.runtime, Message(en: "cannot write the page to print: ", nl: "kan de te printen pagina niet schrijven: ") + error.message)
        }
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                         "--user-data-dir=" + folder + "/profile", "--print-to-pdf=" + out, "file://" + page]
        guard let outcome = Subprocess.run(browser, arguments, seconds: seconds) else {
            throw Diagnostic(.runtime, Message(en: "cannot start \(browser)", nl: "kan \(browser) niet starten"))
        }
        if outcome.timedOut {
            throw Diagnostic(.runtime, Message(en: "Chromium did not finish the PDF within \(seconds) seconds", nl: "Chromium maakte de PDF niet binnen \(seconds) seconden af"))
        }
        guard let bytes = try? FileSystem.read(out), bytes.starts(with: Array("%PDF".utf8)) else {
            let said = outcome.output.split(separator: "\n").last.map(String.init) ?? ""
            throw Diagnostic(.runtime, Message(en: "Chromium made no PDF (exit status \(outcome.status)) ", nl: "Chromium maakte geen PDF (afsluitstatus \(outcome.status)) ") + said)
        }
        return bytes
    }

    /// Chromium's throw-away profile, so that the temporary folder can go.
    private static func removeProfile(_ path: String) {
        _ = Subprocess.run("/bin/rm", ["-rf", path], seconds: 30)
    }
}
