package vn.covidmaps.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret (setting {@code privacy.key}) that keyed hashes of case codes are made with. It is never
 * stored in the database nor printed: without it, a published area cannot be recomputed from a code.
 */
public final class PrivacyKey {
    /** As long as the 32 random bytes of {@code openssl rand -hex 32} written in hex would be, at least half. */
    public static final int MIN_LENGTH = 32;
    private static final String HMAC = "HmacSHA256";

    private static final PrivacyKey THROWAWAY = random();

    /** One initialised MAC per thread: looking one up and keying it costs more than the hash itself. */
    private final ThreadLocal<Mac> mac;

    private PrivacyKey(byte[] bytes) {
        SecretKeySpec key = new SecretKeySpec(bytes, HMAC);
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac keyed = Mac.getInstance(HMAC);
                keyed.init(key);
                return keyed;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java 17 runtime", e);
            }
        });
    }

    /** The configured key; its text must have at least {@link #MIN_LENGTH} characters. */
    public static PrivacyKey of(String text) {
        if (text == null || text.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("privacy.key must have at least " + MIN_LENGTH + " characters");
        }
        return new PrivacyKey(text.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A random key, the same for the whole run, for reading that keeps nothing it generalises, such as
     * {@code validate}: its areas are checked and dropped, never published.
     */
    public static PrivacyKey throwaway() {
        return THROWAWAY;
    }

    private static PrivacyKey random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new PrivacyKey(bytes);
    }

    /** HMAC-SHA256 of the text under this key. */
    public byte[] hash(String text) {
        return mac.get().doFinal(text.getBytes(StandardCharsets.UTF_8)); // doFinal leaves the MAC ready for the next text
    }

    @Override
    public String toString() {
        return "PrivacyKey[hidden]";
    }
}
