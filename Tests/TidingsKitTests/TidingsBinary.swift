import Foundation
import XCTest

/// The real `tidings` executable, built beside the tests.
enum TidingsBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether it ran as an unprivileged user (root reads every file, whatever its mode).
        var droppedPrivileges: Bool
    }

    static var path: String {
        // macOS puts tests in a .xctest bundle inside the products folder; Linux, in the folder itself.
        var products = Bundle(for: BundleMarker.self).bundleURL
        if products.pathExtension == "xctest" { products.deleteLastPathComponent() }
        return products.appendingPathComponent("tidings").path
    }

    static let dropToNobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]

    /// Whether nobody can run the executable at `binary` (not in a checkout inside a private folder).
    static func nobodyCanRun(_ binary: String) -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        probe.arguments = dropToNobody + ["/usr/bin/test", "-x", binary]
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    /// The executable nobody can run: the built one, else a copy with its resource bundles in
    /// `staging` (a folder everyone may enter), or nil.
    static func binaryForNobody(staging: String) -> String? {
        if nobodyCanRun(path) { return path }
        let products = (path as NSString).deletingLastPathComponent
        let names = ["tidings"] + ((try? FileManager.default.contentsOfDirectory(atPath: products)) ?? [])
            .filter { $0.hasSuffix(".resources") }
        for name in names {
            try? FileManager.default.copyItem(atPath: products + "/" + name, toPath: staging + "/" + name)
        }
        let copy = staging + "/tidings"
        return nobodyCanRun(copy) ? copy : nil
    }

    /// Runs `tidings` with `arguments`. With `unprivilegedIn` a folder, as root, it runs through
    /// `setpriv` as nobody (from a copy in that folder when nobody can reach the build), so that
    /// permissions hold; `droppedPrivileges` says whether it could.
    static func run(_ arguments: [String], unprivilegedIn staging: String? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        var drop = false
        if let staging, getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
           let binary = binaryForNobody(staging: staging) {
            drop = true
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = dropToNobody + [binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), droppedPrivileges: drop)
    }

    private final class BundleMarker {}
}
