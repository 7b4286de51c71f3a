package org.homeward.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.homeward.platform.PlainText;

/** What an administrator fills in for an office. */
public class OfficeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{office.code.required}")
    @Size(min = 2, max = 20, message = "{office.code.size}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{office.code.pattern}")
    private String code;

    @NotBlank(message = "{office.name.required}")
    @Size(max = Office.MAX_NAME, message = "{office.name.size}")
    @PlainText
    private String name;

    private boolean headOffice;

    private long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    public void setHeadOffice(boolean headOffice) {
        this.headOffice = headOffice;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
