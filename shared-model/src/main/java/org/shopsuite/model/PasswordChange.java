package org.shopsuite.model;

/** Body of {@code POST /me/password}: a signed-in user changes their own password. */
public record PasswordChange(String currentPassword, String newPassword) {
    @Override
    public String toString() {
        return "PasswordChange[currentPassword=***, newPassword=***]";
    }
}
