package org.shopsuite.server.service.document;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.shopsuite.model.Job;
import org.shopsuite.model.PartRequest;
import org.shopsuite.model.PartRequestStatus;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.Vehicle;

/**
 * The documents of a receipt, A4 and bilingual: the work order for the mechanic (작업지시서: the car,
 * the request, the notes and the parts issued, no prices and no customer contact) and the claim
 * ticket for the customer (접수증: the receipt number, the car and the time promised).
 */
public final class ReceiptDocuments {
    private static final float MARGIN = PdfPage.MARGIN;
    private static final float WIDTH = PdfPage.WIDTH;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReceiptDocuments() {}

    /** 작업지시서 WORK ORDER. {@code job} null for a receipt without one (rejected). */
    public static byte[] workOrder(Receipt r, Job job, ShopSettings shop, ZoneId zone) {
        return PdfPage.render(w -> {
            w.line(shop.name(), 14);
            w.down(6);
            w.text("작업지시서 WORK ORDER", 18, MARGIN);
            w.right("접수 Receipt No. " + r.id(), 14, WIDTH - MARGIN);
            w.down(28);
            w.line(
                    "접수일 Taken: " + TIME.format(r.createdAt().atZone(zone)) + "    작업일 Work day: " + r.requestDate(),
                    10);
            w.line(
                    "정비사 Mechanic: " + r.mechanicName() + "    예상 시간 Estimated: "
                            + r.estimatedHours().stripTrailingZeros().toPlainString() + " h"
                            + (r.promisedAt() == null ? "" : "    약속 시간 Promised: " + time(r.promisedAt(), zone)),
                    10);
            w.line("고객 Customer: " + r.customerName(), 10);
            w.line("차량 Car: " + r.carId() + car(r.vehicle()), 10);
            if (r.vehicle() != null && r.vehicle().vin() != null) {
                w.line("차대번호 VIN: " + r.vehicle().vin(), 10);
            }
            w.down(8);
            section(w, "요청 작업 Work requested");
            w.wrapped(r.request(), 11, MARGIN, TEXT_WIDTH);
            w.down(8);
            section(w, "사용 부품 Parts issued");
            boolean any = false;
            if (job != null) {
                for (PartRequest p : job.partRequests()) {
                    int kept = p.status() == PartRequestStatus.REJECTED ? 0 : p.quantity() - p.returnedQuantity();
                    if (kept > 0) {
                        any = true;
                        java.util.List<String> rows = w.lines(p.partName(), 10, TEXT_WIDTH - 170);
                        w.need(14f * rows.size());
                        w.text(p.partId(), 10, MARGIN);
                        w.right("x" + kept, 10, WIDTH - MARGIN);
                        for (String row : rows) {
                            w.text(row, 10, MARGIN + 110);
                            w.down(14);
                        }
                    }
                }
            }
            if (!any) {
                w.line("(없음 none yet)", 10);
            }
            w.down(8);
            section(w, "정비사 메모 Mechanic's notes");
            if (job != null && job.notes() != null) {
                w.wrapped(job.notes(), 11, MARGIN, TEXT_WIDTH);
            } else {
                w.down(60);
            }
            hoursWorked(w, job);
            w.down(24);
            w.need(60);
            w.text("작업자 서명 Mechanic's signature", 10, MARGIN);
            w.text("확인 Checked by", 10, MARGIN + 260);
            w.down(8);
            w.box(MARGIN, 220, 40);
            w.box(MARGIN + 260, 220, 40);
        });
    }

    /** 접수증 CLAIM TICKET, handed to the customer when the car is left. */
    public static byte[] claimTicket(Receipt r, ShopSettings shop, ZoneId zone) {
        return PdfPage.render(w -> {
            w.line(shop.name(), 16);
            if (shop.businessRegistrationNumber() != null) {
                w.line(
                        "사업자등록번호 Business reg. no.: " + shop.businessRegistrationNumber()
                                + (shop.representative() == null
                                        ? ""
                                        : "    대표자 Representative: " + shop.representative()),
                        9);
            }
            if (!shop.address().isBlank()) {
                w.line("주소 Address: " + shop.address(), 9);
            }
            if (!shop.phone().isBlank()) {
                w.line("전화 Phone: " + shop.phone(), 9);
            }
            w.down(14);
            w.text("접수증 CLAIM TICKET", 20, MARGIN);
            w.down(16);
            w.box(WIDTH - MARGIN - 170, 170, 56);
            w.down(22);
            w.right("접수번호 No.", 10, WIDTH - MARGIN - 10);
            w.down(24);
            w.right(String.valueOf(r.id()), 22, WIDTH - MARGIN - 10);
            w.down(30);
            w.line("접수일시 Taken: " + TIME.format(r.createdAt().atZone(zone)), 11);
            w.line(
                    "고객 Customer: " + r.customerName()
                            + (r.customerPhone() == null ? "" : "    전화 Phone: " + r.customerPhone()),
                    11);
            w.line("차량 Car: " + r.carId() + car(r.vehicle()), 11);
            w.line(
                    "출고 약속 Promised: "
                            + (r.promisedAt() == null ? "미정 (we will call you) " : time(r.promisedAt(), zone)),
                    13);
            w.down(8);
            section(w, "요청 작업 Work requested");
            w.wrapped(r.request(), 11, MARGIN, TEXT_WIDTH);
            w.down(16);
            w.wrapped(
                    "차량을 찾으실 때 이 접수증을 보여 주세요. 추가 작업이 필요하면 진행 전에 연락드립니다.\n"
                            + "Please show this ticket when you collect the car. We will call you before any"
                            + " additional work.",
                    9,
                    MARGIN,
                    TEXT_WIDTH);
        });
    }

    /**
     * 정비사 소견: what the mechanic wrote when finishing the job, for the customer to read on the
     * invoice, with the hours worked; nothing when the job has no notes.
     */
    public static void mechanicsNotes(PdfPage w, Job job) throws IOException {
        if (job == null || job.notes() == null || job.notes().isBlank()) {
            return;
        }
        w.down(10);
        section(w, "정비사 소견 Mechanic's notes");
        w.wrapped(job.notes(), 11, MARGIN, TEXT_WIDTH);
        hoursWorked(w, job);
    }

    private static void hoursWorked(PdfPage w, Job job) throws IOException {
        if (job != null && job.laborHours() != null) {
            w.line(
                    "작업 시간 Hours worked: "
                            + job.laborHours().stripTrailingZeros().toPlainString() + " h",
                    10);
        }
    }

    static void section(PdfPage w, String title) throws IOException {
        w.need(30);
        w.text(title, 11, MARGIN);
        w.down(5);
        w.rule();
        w.down(15);
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** Make, model, year and the odometer reading at drop-off. */
    public static String car(Vehicle v) {
        if (v == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Object part : new Object[] {v.make(), v.model(), v.year()}) {
            if (part != null) {
                b.append(b.isEmpty() ? " (" : " ").append(part);
            }
        }
        if (!b.isEmpty()) {
            b.append(')');
        }
        if (v.mileageKm() != null) {
            b.append("    주행거리 Mileage: ")
                    .append(String.format(Locale.ROOT, "%,d", v.mileageKm()))
                    .append(" km");
        }
        return b.toString();
    }
}
