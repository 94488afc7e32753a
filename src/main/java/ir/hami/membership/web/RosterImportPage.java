package ir.hami.membership.web;

import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.PagedModel;
import ir.hami.membership.RosterImport;
import ir.hami.membership.RosterImportResult;
import ir.hami.membership.RosterImporter;
import ir.hami.membership.RosterTemplate;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The administrator's roster page ({@code /admin/roster.xhtml}): choose a contract, upload its member list, see
 * what came of it and download the rejected rows; download the template; browse the contract's past imports.
 */
@Named
@ViewScoped
public class RosterImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    RosterImporter importer;

    private ContractOption contract;
    private transient UploadedFile file;
    /** The upload form's one-time key: the same file sent twice from this page (a double click) imports once. */
    private FormKey formKey = FormKey.random();
    private String lastFile;
    private RosterImportResult result;
    private final PagedModel<RosterImport> pastImports = new PagedModel<>(
            () -> contract == null ? 0 : importer.countImports(contract.id()),
            (first, size) -> contract == null ? List.of() : importer.imports(contract.id(), first, size),
            RosterImport::getId);

    public List<ContractOption> completeContract(String text) {
        return importer.findContracts(PersianText.normalize(text), SUGGESTIONS).stream()
                .map(ContractOption::of).toList();
    }

    /** A new contract was chosen: forget the last result. */
    public void contractChosen() {
        result = null;
        lastFile = null;
    }

    public void upload() {
        if (contract == null) {
            Texts.error("roster:contract", "roster.contract.required");
            return;
        }
        if (file == null || file.getSize() == 0) {
            Texts.error("roster:file", "roster.file.required");
            return;
        }
        String print = file.getFileName() + ":" + file.getSize();
        if (!print.equals(lastFile)) {
            formKey = FormKey.random(); // another file: another import
            lastFile = print;
        }
        try (InputStream in = file.getInputStream()) {
            result = importer.importRoster(formKey, contract.id(), file.getFileName(), in, uploader());
        } catch (IOException e) {
            result = null;
            Texts.error("roster:file", "roster.error.unreadable");
            return;
        } finally {
            file = null;
        }
        if (result.isRefused()) {
            if (result.errorArgument() == null) {
                Texts.error("roster:file", result.errorKey());
            } else {
                Texts.error("roster:file", result.errorKey(), result.errorArgument());
            }
        } else if (result.isFailed()) {
            Texts.error(null, result.errorKey());
        } else {
            Texts.info(null, "roster.done", result.totalRows(), result.insertedRows(), result.updatedRows(),
                    result.rejectedRows());
        }
    }

    private static String uploader() {
        Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return user == null ? "?" : user.getName();
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder().name(RosterTemplate.FILE_NAME).contentType(RosterTemplate.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(RosterTemplate.bytes())).build();
    }

    /** The report of an import's rejected rows, for p:fileDownload. */
    public StreamedContent report(long importId) {
        StoredFile stored = importer.report(importId);
        if (stored == null) {
            return null;
        }
        byte[] data = stored.getData();
        return DefaultStreamedContent.builder().name(stored.getFileName()).contentType(stored.getContentType())
                .contentLength((long) data.length).stream(() -> new ByteArrayInputStream(data)).build();
    }

    /** When an import started, as a Jalali date and time of Tehran, in the reader's digits. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime time = instant.atZone(ClockProducer.TEHRAN);
        String text = Jalali.format(time.toLocalDate()) + " " + String.format("%02d:%02d", time.getHour(),
                time.getMinute());
        return PersianText.localizeDigits(text, Texts.currentLocale());
    }

    /** A number in the reader's digits. */
    public String number(long value) {
        return PersianText.localizeDigits(String.valueOf(value), Texts.currentLocale());
    }

    public ContractOption getContract() { return contract; }
    public void setContract(ContractOption contract) { this.contract = contract; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public RosterImportResult getResult() { return result; }
    public PagedModel<RosterImport> getPastImports() { return pastImports; }
}
