/// A path into a JSON document, as error messages show it: `parks[2].entrepreneurs`.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    public enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .key(let k): out += out.isEmpty ? k : "." + k
            case .index(let i): out += "[\(i)]"
            }
        }
        return out.isEmpty ? "the document" : out
    }
}

/// Finds where the value at a path starts in a JSON text, for error messages about a document
/// that parsed but did not validate. Only used on the error path, so it re-reads the text.
public enum JSONLocator {
    public static func locate(_ path: JSONPath, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            var walker = Walker(bytes: buffer)
            guard let offset = walker.find(path.components[...]) else { return nil }
            return JSONParser.position(of: offset, in: buffer)
        }
    }

    private struct Walker {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func ws() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        /// Offset of the value at `path` below the value starting at `i`.
        mutating func find(_ path: ArraySlice<JSONPath.Component>) -> Int? {
            if i == 0, bytes.count >= 3, bytes[0] == 0xEF { i = 3 }
            ws()
            guard let first = path.first else { return i }
            guard i < bytes.count else { return nil }
            switch first {
            case .key(let key):
                guard bytes[i] == UInt8(ascii: "{") else { return nil }
                i += 1
                while true {
                    ws()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
                    let name = readString()
                    ws()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    if name == key { return find(path.dropFirst()) }
                    skipValue()
                    ws()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
                    i += 1
                }
            case .index(let n):
                guard bytes[i] == UInt8(ascii: "[") else { return nil }
                i += 1
                var k = 0
                while true {
                    ws()
                    if k == n { return find(path.dropFirst()) }
                    skipValue()
                    ws()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
                    i += 1
                    k += 1
                }
            }
        }

        mutating func readString() -> String {
            i += 1
            var out: [UInt8] = []
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") { out.append(bytes[i]); i += 1 }
                if i < bytes.count { out.append(bytes[i]); i += 1 }
            }
            i += 1
            return String(decoding: out, as: UTF8.self)
        }

        mutating func skipValue() {
            ws()
            guard i < bytes.count else { return }
            switch bytes[i] {
            case UInt8(ascii: "\""): _ = readString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == UInt8(ascii: "\"") { _ = readString(); continue }
                    if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                    if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { i += 1; return }
                    }
                    i += 1
                }
            default:
                while i < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
            }
        }
    }
}
