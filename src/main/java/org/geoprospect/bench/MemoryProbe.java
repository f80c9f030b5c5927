package org.geoprospect.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.MapAnalysisLoader;
import org.geoprospect.service.MapContent;
import org.geoprospect.service.ProjectService;

/**
 * The child process of the memory suite: opens a project as the desktop application does (map content
 * with the households' columns and index, the targeting session over them, a first 1920×1080 frame) and
 * prints one line {@code MEMORY openMs=… heapPeakMb=… liveHeapMb=… rssPeakMb=… households=…}. Run it in
 * a fresh JVM with the heap limit under test ({@code -Xmx4g}); an {@link OutOfMemoryError} ends it with a
 * non-zero exit code. Not for use inside a running application.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    /** {@code MemoryProbe PROJECT_DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MemoryProbe PROJECT_DIR");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        long start = System.nanoTime();
        MapContent content = new ProjectService().mapContent(project, ProgressMonitor.NONE);
        AnalysisSession session = new MapAnalysisLoader().load(project, content);
        Viewport view = Viewport.fitting(content.fullExtent(), 1920, 1080);
        new MapRenderer().render(content, view, new RasterCanvas(1920, 1080), ProgressMonitor.NONE);
        double openMs = (System.nanoTime() - start) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "MEMORY openMs=%.1f heapPeakMb=%.1f liveHeapMb=%.1f rssPeakMb=%.1f households=%d%n",
                openMs, peak / 1e6, live / 1e6, rssPeakKb() / 1e3, session.data().households().size());
        // Keeps the opened project reachable until after the live-heap figure (else the GC may free it first).
        java.lang.ref.Reference.reachabilityFence(content);
        java.lang.ref.Reference.reachabilityFence(session);
    }

    /** The process's peak resident set (VmHWM, kB) from /proc, or -1 where there is no /proc. */
    static long rssPeakKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
