package com.stratum.ui.charts;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Pictures of charts: a snapshot of the node as PNG file or on the clipboard (FX thread only). */
public final class ChartExport {

    private ChartExport() {
    }

    /** A snapshot of the node on an opaque background (PNG viewers show transparency badly). */
    public static WritableImage snapshot(Node node, Color background) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background);
        return node.snapshot(params, null);
    }

    public static void writePng(Node node, Color background, Path file) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot(node, background), null);
        // PNG has no use for the alpha of an opaque snapshot; RGB keeps files small and readable everywhere
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }

    public static void copyToClipboard(Node node, Color background) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(node, background));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
