#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KVOCSV
import KVOModel

// kvo-csv SEPARATOR: reads CSV text on standard input and writes its rows as JSON,
// {"rows": [["field", ...], ...], "failure": null}, for `import` in kvo (see CSVHelperProcess).
let arguments = CommandLine.arguments
guard arguments.count == 2, let separator = arguments[1].first, arguments[1].count == 1 else {
    let message = "usage: kvo-csv SEPARATOR < file.csv  (the separator is one character: ';', ',' or a tab)\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(2)
}
var input: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 65536)
while true {
    let n = read(0, &chunk, chunk.count)
    if n < 0 && errno == EINTR { continue }
    guard n > 0 else { break }
    input.append(contentsOf: chunk[0..<n])
}
let raw = SwiftCSVSplitter.split(String(decoding: input, as: UTF8.self), separator: separator)
let reply = Array(JSONWriter.string(.object([
    "rows": .array(raw.rows.map { .array($0.map(JSONValue.string)) }),
    "failure": raw.failure.map(JSONValue.string) ?? .null,
])).utf8)
var offset = 0
while offset < reply.count {
    let n = reply.withUnsafeBytes { write(1, $0.baseAddress! + offset, reply.count - offset) }
    if n < 0 && errno == EINTR { continue }
    guard n > 0 else { exit(1) }
    offset += n
}
exit(raw.failure == nil ? 0 : 3)
