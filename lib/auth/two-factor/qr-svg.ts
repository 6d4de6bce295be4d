import QRCode from "qrcode";

/** The enrolment QR code as an SVG data URL, drawn on the server (nothing leaves for a QR service). */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}
