import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the Stratum icon (stacked strata bars in a rounded square) and the about image, and writes
 * every format the installers need, with no tool but the JDK:
 *
 * <pre>
 *   java assets/IconGenerator.java            (from the project root)
 * </pre>
 *
 * Output: assets/icons/stratum-N.png (16..1024), assets/icons/stratum.ico (PNG-compressed entries,
 * Windows Vista+), assets/icons/stratum.icns (PNG entries, macOS 10.7+), assets/about.png, and the
 * sizes a JavaFX stage uses under src/main/resources/com/stratum/assets/icon-N.png.
 * Drawing is done per size (not by scaling one bitmap) so that 16 and 32 px stay crisp.
 */
public final class IconGenerator {

    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    static final int[] CLASSPATH_SIZES = {16, 32, 48, 64, 128, 256};

    static final Color BG_TOP = new Color(0x1F2A44);
    static final Color BG_BOTTOM = new Color(0x0E1526);
    /** Strata from top (small, most valuable) to bottom (broad base). */
    static final Color[] STRATA = {
            new Color(0xF5B942), // gold: the top tier
            new Color(0x4FC1A6), // teal
            new Color(0x3A8DDE), // blue
            new Color(0x6C6FD8), // indigo: the broad base
    };

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path icons = root.resolve("assets/icons");
        Path classpath = root.resolve("src/main/resources/com/stratum/assets");
        Files.createDirectories(icons);
        Files.createDirectories(classpath);

        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, encode(icon(size)));
            Files.write(icons.resolve("stratum-" + size + ".png"), png.get(size));
        }
        for (int size : CLASSPATH_SIZES) {
            Files.write(classpath.resolve("icon-" + size + ".png"), png.get(size));
        }
        Files.write(icons.resolve("stratum.ico"), ico(png));
        Files.write(icons.resolve("stratum.icns"), icns(png));
        Files.write(root.resolve("assets/about.png"), encode(about(640, 360)));
        System.out.println("icons written to " + icons.toAbsolutePath().normalize());
    }

    /** The app icon at one size: a rounded dark square holding four strata, narrow on top, broad below. */
    static BufferedImage icon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        quality(g);
        double s = size;
        // macOS and modern Windows icons leave a margin around the tile; tiny sizes use the full square.
        double margin = size <= 32 ? 0 : s * 0.06;
        double tile = s - 2 * margin;
        double arc = tile * 0.22;
        g.setPaint(new GradientPaint(0, (float) margin, BG_TOP, 0, (float) (margin + tile), BG_BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, tile, tile, arc, arc));

        int n = STRATA.length;
        double padX = tile * 0.16;
        double top = margin + tile * 0.20;
        double bottom = margin + tile * 0.82;
        double gap = Math.max(1, tile * 0.045);
        double barH = (bottom - top - gap * (n - 1)) / n;
        double fullW = tile - 2 * padX;
        for (int i = 0; i < n; i++) {
            // widths 46%, 64%, 82%, 100%: a pyramid of customer tiers
            double w = fullW * (0.46 + 0.18 * i);
            double x = margin + (tile - w) / 2;
            double y = top + i * (barH + gap);
            if (size <= 32) { // snap to whole pixels so small icons are not blurred
                x = Math.round(x);
                y = Math.round(y);
                w = Math.round(w);
            }
            double h = size <= 32 ? Math.max(2, Math.round(barH)) : barH;
            double r = Math.min(h, tile * 0.06);
            g.setColor(STRATA[i]);
            g.fill(new RoundRectangle2D.Double(x, y, w, h, r, r));
        }
        if (size >= 64) { // a thin highlight on the tile edge, visible only when it has room
            g.setColor(new Color(255, 255, 255, 40));
            g.setStroke(new BasicStroke((float) Math.max(1, s / 128)));
            g.draw(new RoundRectangle2D.Double(margin + 0.5, margin + 0.5, tile - 1, tile - 1, arc, arc));
        }
        g.dispose();
        return img;
    }

    /** About image: the icon and the product name on the icon's dark ground; no other words (they are localised in the UI). */
    static BufferedImage about(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        quality(g);
        g.setPaint(new GradientPaint(0, 0, BG_TOP, 0, h, BG_BOTTOM));
        g.fillRect(0, 0, w, h);
        // faint strata along the bottom edge, below the name
        for (int i = 0; i < STRATA.length; i++) {
            Color c = STRATA[i];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
            int y = h - (STRATA.length - i) * (h / 22) - h / 40;
            g.fillRect(0, y, w, h / 36);
        }
        int iconSize = h / 2;
        g.drawImage(icon(iconSize), w / 12, (h - iconSize) / 2, null);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, h / 6));
        int textX = w / 12 + iconSize + w / 20;
        g.drawString("Stratum", textX, h / 2 + h / 18);
        g.setColor(STRATA[0]);
        g.fillRect(textX, h / 2 + h / 10, w / 5, Math.max(2, h / 90));
        g.dispose();
        return img;
    }

    static void quality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO container with PNG-compressed images (little-endian directory; 0 means 256 px). */
    static byte[] ico(Map<Integer, byte[]> png) {
        int count = ICO_SIZES.length;
        int offset = 6 + 16 * count;
        int total = offset;
        for (int size : ICO_SIZES) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0);               // no palette, reserved
            b.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** ICNS container (big-endian) with PNG entries; the @2x types reuse the double-size bitmaps. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        List<Map.Entry<String, Integer>> entries = List.of(
                Map.entry("icp4", 16), Map.entry("icp5", 32), Map.entry("icp6", 64),
                Map.entry("ic07", 128), Map.entry("ic08", 256), Map.entry("ic09", 512),
                Map.entry("ic10", 1024), Map.entry("ic11", 32), Map.entry("ic12", 64),
                Map.entry("ic13", 256), Map.entry("ic14", 512));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : entries) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
