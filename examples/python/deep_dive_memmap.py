import numpy as np  # added: the seed relies on an earlier section's import
import atexit, os, shutil, tempfile  # added: the seed reads data.bin, which it does not create
os.chdir(tempfile.mkdtemp())  # added: work in a fresh temporary directory, removed at exit
atexit.register(shutil.rmtree, os.getcwd())
with open('data.bin', 'wb') as f:  # added: a sparse 400 MB file of float32 zeros
    f.truncate(10000 * 10000 * 4)
# Access a 100GB file as if it were an array
fp = np.memmap('data.bin', dtype='float32', mode='r', shape=(10000, 10000))
section = fp[500:600, :] # Only this section is loaded into RAM
