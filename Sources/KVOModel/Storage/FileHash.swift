/// A fingerprint of a file's bytes: its length and 64-bit FNV-1a hash, as 24 hex digits. It
/// tells whether the file on disk is still the one kvo read or wrote (a journal names the file
/// it applies to; a save refuses to overwrite a file another program changed). Not a defence
/// against someone forging a collision: only against accidents.
public struct FileHash: Sendable, Equatable, CustomStringConvertible {
    public let text: String

    public init(text: String) { self.text = text }

    public init(of bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { FileHash(of: $0) }
    }

    public init(of file: FileBuffer) {
        self = file.withBytes { FileHash(of: $0) }
    }

    public init(of buffer: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        text = FileHash.hex(UInt64(buffer.count), digits: 8) + FileHash.hex(hash, digits: 16)
    }

    public var description: String { text }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(digits - s.count, 0)) + s
    }
}
