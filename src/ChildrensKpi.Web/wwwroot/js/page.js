// The page's only script: hands dropped or chosen files to .NET (with their folder paths, which .NET's file input
// does not give) and hands downloads back to the browser. It makes no request: files are read from the disk by the
// browser, downloads are blob: URLs made in the page.
window.ckpi = (function () {
  "use strict";

  function status(text) {
    const element = document.getElementById("reading");
    if (element) { element.textContent = text; }
  }

  // Every file in a dropped folder, with its path inside the drop (Chromium and Firefox give folders as entries).
  async function entriesOf(entry, prefix, into) {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      into.push({ path: prefix + file.name, file: file });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        // readEntries gives at most 100 at a time: read until it gives none.
        const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) { break; }
        for (const child of batch) { await entriesOf(child, prefix + entry.name + "/", into); }
      }
    }
  }

  async function send(dotnet, files) {
    const started = performance.now();
    let bytes = 0;
    for (let i = 0; i < files.length; i++) {
      const { path, file } = files[i];
      status(`Reading ${path} into the page (${i + 1} of ${files.length}, ${(file.size / 1048576).toFixed(1)} MB)`);
      const content = new Uint8Array(await file.arrayBuffer());
      bytes += content.length;
      await dotnet.invokeMethodAsync("AddFile", path, content);
    }
    status("");
    await dotnet.invokeMethodAsync("FilesAdded", files.length, bytes, Math.round(performance.now() - started));
  }

  function attach(dotnet) {
    const zone = document.getElementById("drop");
    for (const id of ["files", "folder"]) {
      const input = document.getElementById(id);
      input.addEventListener("change", () => {
        const files = Array.from(input.files).map(f => ({ path: f.webkitRelativePath || f.name, file: f }));
        input.value = "";
        send(dotnet, files);
      });
    }
    zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", async e => {
      e.preventDefault();
      zone.classList.remove("over");
      const files = [];
      for (const item of Array.from(e.dataTransfer.items)) {
        const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
        if (entry) { await entriesOf(entry, "", files); }
        else if (item.kind === "file") { const f = item.getAsFile(); files.push({ path: f.name, file: f }); }
      }
      send(dotnet, files);
    });
  }

  function download(name, type, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  return { attach: attach, download: download };
})();
