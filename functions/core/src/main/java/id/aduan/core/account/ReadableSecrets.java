package id.aduan.core.account;

/**
 * The Secrets Manager secrets the functions are allowed to read: the deployment's own Instagram secret
 * and every secret named under {@value #PREFIX}, which is what the template's IAM policies grant. An
 * account whose token lives anywhere else would register fine and then fail at its first reply.
 *
 * @param deploymentSecretId the name or ARN of the secret the stack was deployed with
 */
public record ReadableSecrets(String deploymentSecretId) {

    public static final String PREFIX = "aduan/instagram/";
    private static final String ARN_NAME_MARKER = ":secret:";

    public boolean contains(String secretId) {
        return secretId.equals(deploymentSecretId) || nameOf(secretId).startsWith(PREFIX)
                && nameOf(secretId).length() > PREFIX.length();
    }

    /** A secret's name: the id itself, or for an ARN what follows {@code :secret:} (with AWS's random suffix). */
    private static String nameOf(String secretId) {
        int marker = secretId.indexOf(ARN_NAME_MARKER);
        return secretId.startsWith("arn:") && marker >= 0 ? secretId.substring(marker + ARN_NAME_MARKER.length()) : secretId;
    }
}
