/**
 * Reading codes from the camera. Chrome on Android, ChromeOS and macOS has the BarcodeDetector
 * API; elsewhere (Windows and Linux laptops, Firefox, Safari on iPad) the barcode-detector
 * polyfill, ZXing-C++ in WebAssembly, loaded only then. Its .wasm file is bundled with the till
 * and precached by the service worker: nothing is fetched from the internet at run time.
 */
export type Detector = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> }

export const FORMATS = ["ean_13", "ean_8", "upc_a", "upc_e", "code_128", "code_39", "qr_code"]

export async function createDetector(): Promise<Detector> {
  const Native = (globalThis as { BarcodeDetector?: { new (o: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } }).BarcodeDetector
  if (Native) {
    const supported = await Native.getSupportedFormats()
    const formats = FORMATS.filter((f) => supported.includes(f))
    if (formats.length > 0) return new Native({ formats })
  }
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import("barcode-detector/ponyfill"),
    import("zxing-wasm/reader/zxing_reader.wasm?url"),
  ])
  prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? wasmUrl : prefix + path) } })
  return new BarcodeDetector({ formats: FORMATS as never })
}
