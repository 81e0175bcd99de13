package dev.plumb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The scaling curves as a log-log PNG, drawn with Java2D (headless): one line per curve. */
final class Chart {
  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
  };

  static void draw(JsonNode curves, String title, Path png) throws Exception {
    System.setProperty("java.awt.headless", "true");
    int w = 1100, h = 680, left = 80, right = 280, top = 50, bottom = 60;
    double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
    for (JsonNode c : curves) {
      for (JsonNode p : c.get("points")) {
        if (!p.has("ms")) continue;
        minX = Math.min(minX, p.get("size").asDouble());
        maxX = Math.max(maxX, p.get("size").asDouble());
        minY = Math.min(minY, p.get("ms").asDouble());
        maxY = Math.max(maxY, p.get("ms").asDouble());
      }
    }
    double x0 = Math.floor(Math.log10(minX)), x1 = Math.ceil(Math.log10(maxX));
    double y0 = Math.floor(Math.log10(minY)), y1 = Math.ceil(Math.log10(maxY));
    if (x1 == x0) x1++;
    if (y1 == y0) y1++;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int pw = w - left - right, ph = h - top - bottom;
    // grid and axes: one line per decade
    for (double d = x0; d <= x1; d++) {
      int x = left + (int) ((d - x0) / (x1 - x0) * pw);
      g.setColor(new Color(0xdddddd));
      g.drawLine(x, top, x, top + ph);
      g.setColor(Color.DARK_GRAY);
      g.drawString("1e" + (int) d, x - 12, top + ph + 18);
    }
    for (double d = y0; d <= y1; d++) {
      int y = top + ph - (int) ((d - y0) / (y1 - y0) * ph);
      g.setColor(new Color(0xdddddd));
      g.drawLine(left, y, left + pw, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(d >= 3 ? String.format("%.0f s", Math.pow(10, d - 3)) : String.format("%s ms", fmt(Math.pow(10, d))), 8, y + 4);
    }
    g.setColor(Color.BLACK);
    g.drawRect(left, top, pw, ph);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, left, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString("size (in each curve's unit: lines, items, levels, variables, cells, operations), log scale", left, h - 18);
    int i = 0;
    for (JsonNode c : curves) {
      Color color = COLORS[i % COLORS.length];
      g.setColor(color);
      g.setStroke(new BasicStroke(2.2f));
      int px = -1, py = -1;
      for (JsonNode p : c.get("points")) {
        if (!p.has("ms")) continue;
        int x = left + (int) ((Math.log10(p.get("size").asDouble()) - x0) / (x1 - x0) * pw);
        int y = top + ph - (int) ((Math.log10(p.get("ms").asDouble()) - y0) / (y1 - y0) * ph);
        if (px >= 0) g.drawLine(px, py, x, y);
        g.fillOval(x - 4, y - 4, 8, 8);
        px = x;
        py = y;
      }
      int ly = top + 10 + i * 22;
      g.fillRect(left + pw + 15, ly, 18, 4);
      g.setColor(Color.BLACK);
      String ratio = c.has("ratio") ? String.format(" (%.2f×)", c.get("ratio").asDouble()) : "";
      g.drawString(c.get("curve").asText() + ratio, left + pw + 40, ly + 6);
      i++;
    }
    g.setColor(Color.DARK_GRAY);
    g.drawString("(×: time per unit at the largest", left + pw + 15, top + 20 + i * 22);
    g.drawString(" size ÷ at the smallest)", left + pw + 15, top + 36 + i * 22);
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }

  private static String fmt(double v) {
    return v >= 1 ? String.format("%.0f", v) : String.valueOf(v);
  }
}
