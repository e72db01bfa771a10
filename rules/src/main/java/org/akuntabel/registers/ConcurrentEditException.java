package org.akuntabel.registers;

import jakarta.ejb.ApplicationException;

/** The record was changed by someone else since it was read: the second save is refused, nothing is overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang data terbaru lalu ulangi perubahan Anda; "
                + "tidak ada yang ditimpa.");
    }
}
