# lib/manifest.py: the Python libraries every Krait build freezes (docs/freezing.md);
# included by ports/unix/manifest.py and the qemu boards' manifests.
package("asyncio", base_path=".")
module("uasyncio.py", base_path=".")
